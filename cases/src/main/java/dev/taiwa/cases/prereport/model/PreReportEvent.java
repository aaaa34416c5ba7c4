package dev.taiwa.cases.prereport.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happened to a pre-report, in the past tense. {@code occurredAt} comes from the injected
 * clock. Summaries name fields and states, never the form's content, so the audit log can be read
 * by oversight without revealing the case.
 */
public sealed interface PreReportEvent extends DomainEvent
    permits PreReportEvent.DraftCreated,
        PreReportEvent.DraftUpdated,
        PreReportEvent.Submitted,
        PreReportEvent.ReviewStarted,
        PreReportEvent.DialogueStarted,
        PreReportEvent.Withdrawn,
        PreReportEvent.Concluded {

  /** A filer started a draft for its organisation. */
  record DraftCreated(
      CaseId caseId,
      ReferenceNumber reference,
      OrganisationId organisationId,
      UserId createdBy,
      PreReportForm form,
      Instant occurredAt)
      implements PreReportEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PRE_REPORT_DRAFT_CREATED;
    }

    @Override
    public String summary() {
      return "Draft " + reference + " created";
    }
  }

  /** A filer replaced the draft's form; {@code changedFields} are the dotted paths that differ. */
  record DraftUpdated(
      CaseId caseId, PreReportForm form, List<String> changedFields, Instant occurredAt)
      implements PreReportEvent {
    public DraftUpdated {
      changedFields = List.copyOf(changedFields);
    }

    @Override
    public AuditAction type() {
      return AuditAction.PRE_REPORT_DRAFT_UPDATED;
    }

    @Override
    public String summary() {
      return changedFields.isEmpty()
          ? "Draft updated; no field changed"
          : "Draft updated; changed " + String.join(", ", changedFields);
    }
  }

  /** A filer submitted the report; the lead-time rule was assessed on the filing date. */
  record Submitted(CaseId caseId, LeadTime leadTime, Instant occurredAt) implements PreReportEvent {
    public Submitted {
      Objects.requireNonNull(leadTime, "lead time");
    }

    @Override
    public AuditAction type() {
      return AuditAction.PRE_REPORT_SUBMITTED;
    }

    @Override
    public String summary() {
      return "Submitted; lead time "
          + leadTime.status()
          + " ("
          + leadTime.daysBeforePlannedDate()
          + " days before the planned date)";
    }
  }

  /** A dialogue officer took the report into review. */
  record ReviewStarted(CaseId caseId, Instant occurredAt) implements PreReportEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PRE_REPORT_REVIEW_STARTED;
    }

    @Override
    public String summary() {
      return "Review started";
    }
  }

  /** A dialogue officer recorded the case's first meeting as held: the dialogue has begun. */
  record DialogueStarted(CaseId caseId, Instant occurredAt) implements PreReportEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PRE_REPORT_DIALOGUE_STARTED;
    }

    @Override
    public String summary() {
      return "Dialogue started (first meeting held)";
    }
  }

  /**
   * A filer withdrew the report (the deal is abandoned) from state {@code from}. The reason is kept
   * in the summary: the audit trail is where a transition's "why" is recorded.
   */
  record Withdrawn(CaseId caseId, PreReportState from, String reason, Instant occurredAt)
      implements PreReportEvent {
    public Withdrawn {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public AuditAction type() {
      return AuditAction.PRE_REPORT_WITHDRAWN;
    }

    @Override
    public String summary() {
      return "Withdrawn from " + from + "; reason: " + reason.replaceAll("\\s+", " ");
    }
  }

  /**
   * A dialogue officer moved the case by {@code action} from {@code from}: a closing, a screening
   * verdict, an inform, a licence application or decision. What was decided (measures, conditions,
   * reasons) is kept in the case's outcome or inform record, not here: {@code note} only counts
   * items so the audit log never carries case content.
   */
  record Concluded(
      CaseId caseId, PreReportAction action, PreReportState from, String note, Instant occurredAt)
      implements PreReportEvent {
    public Concluded {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(note, "note");
    }

    /**
     * What the audit log records a move by {@code action} as, e.g. {@link
     * AuditAction#PRE_REPORT_CLOSE_NO_CONCERN}; an action with an event of its own is recorded as
     * that event.
     */
    public static AuditAction typeOf(PreReportAction action) {
      return switch (action) {
        case MARK_NOT_REPORTABLE -> AuditAction.PRE_REPORT_MARK_NOT_REPORTABLE;
        case CLOSE_NO_CONCERN -> AuditAction.PRE_REPORT_CLOSE_NO_CONCERN;
        case CLOSE_MEASURES_AGREED -> AuditAction.PRE_REPORT_CLOSE_MEASURES_AGREED;
        case ISSUE_INFORM -> AuditAction.PRE_REPORT_ISSUE_INFORM;
        case APPLY_FOR_LICENCE -> AuditAction.PRE_REPORT_APPLY_FOR_LICENCE;
        case GRANT_LICENCE -> AuditAction.PRE_REPORT_GRANT_LICENCE;
        case GRANT_LICENCE_WITH_CONDITIONS -> AuditAction.PRE_REPORT_GRANT_LICENCE_WITH_CONDITIONS;
        case REFUSE_LICENCE -> AuditAction.PRE_REPORT_REFUSE_LICENCE;
        case UPDATE_DRAFT -> AuditAction.PRE_REPORT_DRAFT_UPDATED;
        case SUBMIT -> AuditAction.PRE_REPORT_SUBMITTED;
        case START_REVIEW -> AuditAction.PRE_REPORT_REVIEW_STARTED;
        case START_DIALOGUE -> AuditAction.PRE_REPORT_DIALOGUE_STARTED;
        case WITHDRAW -> AuditAction.PRE_REPORT_WITHDRAWN;
      };
    }

    @Override
    public AuditAction type() {
      return typeOf(action);
    }

    @Override
    public String summary() {
      return action + " from " + from + (note.isBlank() ? "" : "; " + note);
    }
  }
}
