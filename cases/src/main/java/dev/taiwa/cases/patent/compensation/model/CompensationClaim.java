package dev.taiwa.cases.patent.compensation.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A compensation claim (損失補償, ESPA Art. 80): a sub-case of a designated (or formerly designated)
 * patent application, made by one applicant organisation. {@code notes} are internal to the Cabinet
 * Office; {@code decision} is set once decided.
 */
public record CompensationClaim(
    CaseId id,
    CaseId applicationId,
    OrganisationId organisation,
    UserId claimedBy,
    long amountYen,
    String basis,
    LossCause cause,
    CompensationState state,
    List<AssessmentNote> notes,
    CompensationDecision decision,
    Instant claimedAt,
    Instant updatedAt,
    long version) {
  public CompensationClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(applicationId, "application");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(state, "state");
    notes = List.copyOf(notes);
    claimedAt = claimedAt.truncatedTo(ChronoUnit.MILLIS);
    updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  public CompensationClaim noted(AssessmentNote note, Instant now) {
    List<AssessmentNote> more = new ArrayList<>(notes);
    more.add(note);
    return new CompensationClaim(
        id,
        applicationId,
        organisation,
        claimedBy,
        amountYen,
        basis,
        cause,
        state,
        more,
        decision,
        claimedAt,
        now,
        version + 1);
  }

  public CompensationClaim decided(CompensationDecision decided, Instant now) {
    return new CompensationClaim(
        id,
        applicationId,
        organisation,
        claimedBy,
        amountYen,
        basis,
        cause,
        CompensationState.DECIDED,
        notes,
        decided,
        claimedAt,
        now,
        version + 1);
  }
}
