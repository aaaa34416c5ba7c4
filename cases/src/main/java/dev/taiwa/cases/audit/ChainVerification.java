package dev.taiwa.cases.audit;

import java.util.Optional;

/**
 * The result of recomputing the audit chain: how many events were checked and the first one whose
 * hash or link does not match, with what is wrong with it.
 */
public record ChainVerification(long eventsChecked, Optional<BrokenLink> firstBroken) {

  public boolean intact() {
    return firstBroken.isEmpty();
  }

  /**
   * The first event at which the chain breaks. {@code eventId} is null when the event is missing
   * (deleted), since then only its sequence is known.
   */
  public record BrokenLink(long sequence, AuditEventId eventId, String problem) {}
}
