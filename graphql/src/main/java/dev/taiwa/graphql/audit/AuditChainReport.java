package dev.taiwa.graphql.audit;

import dev.taiwa.cases.audit.ChainVerification;

/** The GraphQL {@code AuditChainReport}: a verification's result, flattened. */
public record AuditChainReport(long eventsChecked, boolean intact, Break firstBroken) {

  /** The GraphQL {@code AuditChainBreak}. */
  public record Break(long sequence, String eventId, String problem) {}

  public static AuditChainReport of(ChainVerification verification) {
    return new AuditChainReport(
        verification.eventsChecked(),
        verification.intact(),
        verification
            .firstBroken()
            .map(
                b ->
                    new Break(
                        b.sequence(),
                        b.eventId() == null ? null : b.eventId().toString(),
                        b.problem()))
            .orElse(null));
  }
}
