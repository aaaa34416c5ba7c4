package dev.taiwa.cases.patent.confirmation.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A prior-confirmation request (事前確認, ESPA Arts. 78–79) by a company that has not yet filed in
 * Japan. {@code title} and {@code summary} are secret content; {@code consultation} is internal to
 * the offices; {@code decision} is set once answered.
 */
public record PriorConfirmation(
    CaseId id,
    OrganisationId organisation,
    UserId requestedBy,
    String title,
    String summary,
    List<Integer> claimedFields,
    boolean inventionCompletedInJapan,
    String intendedForeignFiling,
    PriorConfirmationState state,
    Consultation consultation,
    BanDecision decision,
    Instant requestedAt,
    Instant updatedAt,
    long version) {
  public PriorConfirmation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(requestedBy, "requested by");
    Objects.requireNonNull(state, "state");
    claimedFields = List.copyOf(claimedFields);
    requestedAt = requestedAt.truncatedTo(ChronoUnit.MILLIS);
    updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** The request after a transition, one version on. */
  public PriorConfirmation moved(
      PriorConfirmationState next, Consultation consultation, BanDecision decision, Instant now) {
    return new PriorConfirmation(
        id,
        organisation,
        requestedBy,
        title,
        summary,
        claimedFields,
        inventionCompletedInJapan,
        intendedForeignFiling,
        next,
        consultation,
        decision,
        requestedAt,
        now,
        version + 1);
  }
}
