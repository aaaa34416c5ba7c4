package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A patent application on Track B. {@code title}, {@code abstractText} and {@code claims} are the
 * content that becomes secret once the application is sent to review ({@link
 * PatentState#isSecret()}). {@code outsideReason} is set only for OUTSIDE_SCREENING; {@code
 * screeningDue} only for screened applications; {@code matchedFields} and {@code decisionReason}
 * once screening has decided (or the applicant asked for review). {@code sentToReview} records that
 * the content was ever sent to security review: from then on it stays secret until cleared,
 * whatever becomes of the application ({@link #contentSecret()}). Instants are kept to the
 * millisecond, so they survive every store unchanged.
 */
public record PatentApplication(
    CaseId id,
    ApplicationNumber number,
    LocalDate filingDate,
    List<OrganisationId> applicants,
    boolean inventionCompletedInJapan,
    String title,
    String abstractText,
    String claims,
    List<IpcCode> ipcCodes,
    FilingRoute route,
    AdditionalRequirementFacts additionalFacts,
    PatentState state,
    String outsideReason,
    UserId assignedExaminer,
    LocalDate screeningDue,
    List<Integer> matchedFields,
    String decisionReason,
    Instant registeredAt,
    Instant updatedAt,
    long version,
    boolean sentToReview) {
  public PatentApplication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(filingDate, "filing date");
    applicants = List.copyOf(applicants);
    if (applicants.isEmpty()) {
      throw new IllegalArgumentException("an application has at least one applicant");
    }
    ipcCodes = List.copyOf(ipcCodes);
    matchedFields = List.copyOf(matchedFields);
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(additionalFacts, "additional facts");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(assignedExaminer, "assigned examiner");
    registeredAt = registeredAt.truncatedTo(ChronoUnit.MILLIS);
    updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * True while the content (title, abstract, claims) is secret: in a secret state ({@link
   * PatentState#isSecret()}), and after content sent to security review ended without being cleared
   * ({@link PatentState#endsWithoutClearing()}: withdrawn or dismissed). Content sent to review is
   * cleared only by a decision not to designate, a lifting or an expiry.
   */
  public boolean contentSecret() {
    return state.isSecret() || (sentToReview && state.endsWithoutClearing());
  }

  /** True when {@code organisation} is one of the applicants. */
  public boolean appliedBy(OrganisationId organisation) {
    return applicants.contains(organisation);
  }

  /** The application after a transition to {@code next}, one version on. */
  public PatentApplication moved(
      PatentState next, List<Integer> fields, String reason, Instant now) {
    return new PatentApplication(
        id,
        number,
        filingDate,
        applicants,
        inventionCompletedInJapan,
        title,
        abstractText,
        claims,
        ipcCodes,
        route,
        additionalFacts,
        next,
        outsideReason,
        assignedExaminer,
        screeningDue,
        fields,
        reason,
        registeredAt,
        now,
        version + 1,
        sentToReview || next.isSecret());
  }
}
