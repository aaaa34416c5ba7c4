package dev.taiwa.cases.document.template;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.model.PreReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The case data a template may print, gathered once by the use case as the caller may see it: the
 * pre-report (Track A) with its meetings, audit timeline and what was decided after the dialogue,
 * the patent application (Track B) with its review records and deadlines, or the prior-confirmation
 * request. {@code organisationNames} names the organisations the case refers to (addressees).
 */
public record CaseMaterial(
    Instant issuedAt,
    Map<String, String> organisationNames,
    PreReport preReport,
    List<Meeting> meetings,
    List<AuditEvent> timeline,
    DialogueDecisions decisions,
    PatentApplication patent,
    PatentReview review,
    PriorConfirmation confirmation) {
  public CaseMaterial {
    organisationNames = Map.copyOf(organisationNames);
    meetings = meetings == null ? List.of() : List.copyOf(meetings);
    timeline = timeline == null ? List.of() : List.copyOf(timeline);
    decisions = decisions == null ? DialogueDecisions.NONE : decisions;
    review = review == null ? PatentReview.NONE : review;
  }

  /** The name of an organisation by id, or the id when unknown. */
  public String organisationName(Object id) {
    return organisationNames.getOrDefault(id.toString(), id.toString());
  }
}
