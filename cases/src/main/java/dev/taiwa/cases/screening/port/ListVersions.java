package dev.taiwa.cases.screening.port;

import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersion;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import java.util.List;
import java.util.Optional;

/** The imported list versions; a version is only ever added, never changed. */
public interface ListVersions {

  /** Stores {@code version} with its entries, imported by {@code importedBy}. */
  void add(ListVersion version, String importedBy);

  /** Every version, newest import first, without entries. */
  List<ListVersionSummary> summaries();

  /** The most recently imported version of {@code source}, with its entries. */
  Optional<ListVersion> latest(ListSource source);

  /** The version {@code id}, with its entries. */
  Optional<ListVersion> find(dev.taiwa.cases.screening.model.ListVersionId id);

  /** Whether a file with this SHA-256 was imported as a version of {@code source} already. */
  boolean contains(ListSource source, String sha256);
}
