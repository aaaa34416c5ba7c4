package dev.taiwa.cases.screening.port;

import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.RescreenRun;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The re-screening runs, one per imported list version. */
public interface RescreenRuns {

  /** Records the PENDING run of a version just imported (in the import's transaction). */
  void open(ListVersionId version);

  Optional<RescreenRun> find(ListVersionId version);

  /** The runs of {@code versions} that exist (a batch for the version list). */
  Map<ListVersionId, RescreenRun> of(Collection<ListVersionId> versions);

  /** The runs not FINISHED, oldest import first. */
  List<RescreenRun> unfinished();

  /** PENDING becomes RUNNING with {@code total} open cases; a RUNNING run is left as it is. */
  void start(ListVersionId version, int total, Instant at);

  /** Adds one batch's counts and moves the cursor to {@code afterCase}. */
  void advance(ListVersionId version, String afterCase, int screened, int casesWithHits, int hits);

  void finish(ListVersionId version, Instant at);
}
