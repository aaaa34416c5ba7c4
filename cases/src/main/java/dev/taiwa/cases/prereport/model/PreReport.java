package dev.taiwa.cases.prereport.model;

import static dev.taiwa.cases.prereport.model.PreReportAction.START_DIALOGUE;
import static dev.taiwa.cases.prereport.model.PreReportAction.START_REVIEW;
import static dev.taiwa.cases.prereport.model.PreReportAction.SUBMIT;
import static dev.taiwa.cases.prereport.model.PreReportAction.UPDATE_DRAFT;
import static dev.taiwa.cases.prereport.model.PreReportAction.WITHDRAW;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Decision;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.kernel.TransitionTable;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReportEvent.Concluded;
import dev.taiwa.cases.prereport.model.PreReportEvent.DialogueStarted;
import dev.taiwa.cases.prereport.model.PreReportEvent.DraftUpdated;
import dev.taiwa.cases.prereport.model.PreReportEvent.ReviewStarted;
import dev.taiwa.cases.prereport.model.PreReportEvent.Submitted;
import dev.taiwa.cases.prereport.model.PreReportEvent.Withdrawn;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pre-report aggregate: one company's report of a planned technology transfer and everything
 * that follows it. Immutable; each accepted command yields a new instance with {@code version + 1}.
 *
 * <p>Each behaviour asks {@link PreReportTransitions#TABLE} first (INVALID_STATE, FORBIDDEN), then
 * weighs the problems the caller's policies found, and answers with a {@link Decision}: the event
 * to record, or every reason for refusing. {@link #apply} turns accepted events into the next
 * version. {@code roles} are the caller's roles that count on this report (see the access policy).
 */
public record PreReport(
    CaseId id,
    ReferenceNumber reference,
    OrganisationId organisationId,
    UserId createdBy,
    PreReportState state,
    PreReportForm form,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    LeadTime leadTime,
    long version) {
  /** The longest withdrawal reason accepted, in characters. */
  public static final int MAX_REASON_LENGTH = 2000;

  public PreReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(organisationId, "organisation");
    Objects.requireNonNull(createdBy, "created by");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(createdAt, "created at");
    Objects.requireNonNull(updatedAt, "updated at");
  }

  /** The first version (1) of a report, in DRAFT, as its creation event describes it. */
  public static PreReport draft(PreReportEvent.DraftCreated created) {
    return new PreReport(
        created.caseId(),
        created.reference(),
        created.organisationId(),
        created.createdBy(),
        PreReportState.DRAFT,
        created.form(),
        created.occurredAt(),
        created.occurredAt(),
        null,
        null,
        1);
  }

  /** Replaces the form (the caller's expected version is the command pipeline's to check). */
  public Decision updateDraft(
      Set<Role> roles, PreReportForm newForm, List<Rejection> formProblems, Instant at) {
    return decide(
        UPDATE_DRAFT,
        roles,
        formProblems,
        () -> new DraftUpdated(id, newForm, PreReportForm.changedFields(form, newForm), at));
  }

  /** Files the report; the lead-time rule is judged on the filing date in Japan. */
  public Decision submit(
      Set<Role> roles, List<Rejection> formProblems, LeadTimePolicy leadTimePolicy, Instant at) {
    return decide(
        SUBMIT,
        roles,
        formProblems,
        () ->
            new Submitted(
                id,
                leadTimePolicy.assess(
                    JapanTime.dateOf(at), form.plannedDate(), form.plannedDateKind()),
                at));
  }

  public Decision startReview(Set<Role> roles, Instant at) {
    return decide(START_REVIEW, roles, List.of(), () -> new ReviewStarted(id, at));
  }

  /** Moves the case into dialogue (when its first meeting is held). */
  public Decision startDialogue(Set<Role> roles, Instant at) {
    return decide(START_DIALOGUE, roles, List.of(), () -> new DialogueStarted(id, at));
  }

  /** Closes the report because the deal is abandoned; a reason is required. */
  public Decision withdraw(Set<Role> roles, String reason, Instant at) {
    return decide(
        WITHDRAW,
        roles,
        reasonProblems(reason),
        () -> new Withdrawn(id, state, reason.strip(), at));
  }

  /**
   * Moves the case by {@code action} (a closing, a screening verdict, an inform, a licence step),
   * after the caller's {@code problems} with the inputs; {@code note} goes to the audit summary.
   */
  public Decision conclude(
      PreReportAction action, Set<Role> roles, List<Rejection> problems, String note, Instant at) {
    return decide(action, roles, problems, () -> new Concluded(id, action, state, note, at));
  }

  /** This report after {@code events}: the next version, updated when the last event occurred. */
  public PreReport apply(List<? extends DomainEvent> events) {
    PreReport next = this;
    for (DomainEvent event : events) {
      next = next.apply((PreReportEvent) event, version + 1);
    }
    return next;
  }

  private PreReport apply(PreReportEvent event, long nextVersion) {
    PreReportForm nextForm = form;
    Instant nextSubmittedAt = submittedAt;
    LeadTime nextLeadTime = leadTime;
    PreReportAction action;
    if (event instanceof DraftUpdated updated) {
      action = UPDATE_DRAFT;
      nextForm = updated.form();
    } else if (event instanceof Submitted submitted) {
      action = SUBMIT;
      nextSubmittedAt = submitted.occurredAt();
      nextLeadTime = submitted.leadTime();
    } else if (event instanceof ReviewStarted) {
      action = START_REVIEW;
    } else if (event instanceof DialogueStarted) {
      action = START_DIALOGUE;
    } else if (event instanceof Withdrawn) {
      action = WITHDRAW;
    } else if (event instanceof Concluded concluded) {
      action = concluded.action();
    } else {
      throw new IllegalArgumentException(event.type() + " does not change an existing report");
    }
    PreReportState to =
        PreReportTransitions.TABLE
            .find(state, action)
            .map(TransitionTable.Row::to)
            .orElseThrow(() -> new IllegalStateException(action + " is not allowed in " + state));
    return new PreReport(
        id,
        reference,
        organisationId,
        createdBy,
        to,
        nextForm,
        createdAt,
        event.occurredAt(),
        nextSubmittedAt,
        nextLeadTime,
        nextVersion);
  }

  private Decision decide(
      PreReportAction action,
      Set<Role> roles,
      List<Rejection> problems,
      Supplier<PreReportEvent> event) {
    Optional<Rejection> refusal = PreReportTransitions.TABLE.check(state, action, roles);
    if (refusal.isPresent()) {
      return Decision.rejected(refusal.get());
    }
    if (!problems.isEmpty()) {
      return Decision.rejected(problems);
    }
    return Decision.accepted(List.of(event.get()));
  }

  private static List<Rejection> reasonProblems(String reason) {
    if (reason == null || reason.isBlank()) {
      return List.of(
          Rejection.onField(ErrorCode.REQUIRED, "reason", "Say why the report is withdrawn"));
    }
    if (reason.strip().codePointCount(0, reason.strip().length()) > MAX_REASON_LENGTH) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "reason", "At most " + MAX_REASON_LENGTH + " characters"));
    }
    return StorableText.problem("reason", reason).map(List::of).orElse(List.of());
  }
}
