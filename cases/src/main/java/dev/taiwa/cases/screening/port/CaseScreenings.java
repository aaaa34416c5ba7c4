package dev.taiwa.cases.screening.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.screening.model.HitToStore;
import dev.taiwa.cases.screening.model.ScreeningTrigger;
import dev.taiwa.cases.screening.model.StoredHit;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hits stored for cases, with their dispositions. */
public interface CaseScreenings {

  /**
   * Stores the hits of {@code caseId} not stored before (one per list version and entry), each with
   * its disposition (null, or a false positive carried over); a hit found again keeps its first
   * record and disposition. Answers how many were new.
   */
  int record(CaseId caseId, List<HitToStore> hits, ScreeningTrigger trigger, Instant at);

  /** The stored hits of {@code caseId}, best score first. */
  List<StoredHit> ofCase(CaseId caseId);

  /** The stored hits of each of {@code caseIds} (a batch for a DataLoader). */
  Map<CaseId, List<StoredHit>> ofCases(Collection<CaseId> caseIds);

  Optional<StoredHit> find(String hitId);

  /** Those of {@code caseIds} that have a hit of list version {@code version} stored. */
  java.util.Set<CaseId> casesWithHitsOf(
      dev.taiwa.cases.screening.model.ListVersionId version, Collection<CaseId> caseIds);

  /**
   * Stores {@code disposed} (the hit with its new disposition and version) if the stored hit is
   * still at the version before; otherwise throws {@link
   * dev.taiwa.cases.kernel.ConcurrentChangeException}.
   */
  void dispose(StoredHit disposed);
}
