package dev.taiwa.cases.screening.model;

import dev.taiwa.cases.kernel.CaseId;
import java.time.Instant;
import java.util.Optional;

/**
 * A hit stored for a case: one per case, list version and entry, so screening the case again
 * against the same version finds the same hit with its disposition (a false positive stays
 * dismissed), and a new version gives new hits. {@code version} counts the hit's changes.
 */
public record StoredHit(
    String id,
    CaseId caseId,
    ScreeningHit hit,
    ScreeningTrigger trigger,
    Instant screenedAt,
    Disposition disposition,
    long version) {

  public Optional<Disposition> disposed() {
    return Optional.ofNullable(disposition);
  }

  /** The hit as the company may see it: the published match, never the officials' verdict. */
  public StoredHit withoutDisposition() {
    return new StoredHit(id, caseId, hit, trigger, screenedAt, null, version);
  }

  public StoredHit disposedAs(Disposition verdict) {
    return new StoredHit(id, caseId, hit, trigger, screenedAt, verdict, version + 1);
  }
}
