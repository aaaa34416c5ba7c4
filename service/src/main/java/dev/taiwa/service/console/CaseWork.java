package dev.taiwa.service.console;

import java.util.List;

/**
 * What the caller may do on a case page, and the data its forms need: every flag comes from the
 * policies the API exposes ({@code availableActions}, the dialogue's tables, the document policy),
 * so a button shows only when the use case would accept the caller. {@code typed} refills the one
 * form that was refused; {@code seen} (epoch milliseconds) lets a CONFLICT list what changed since
 * the page was read.
 */
public record CaseWork(
    String caseLink,
    long version,
    long seen,
    String csrf,
    Typed typed,
    String assignedOfficer,
    boolean allocateToMe,
    boolean startReview,
    boolean scheduleMeeting,
    boolean raiseConcern,
    boolean askQuery,
    boolean issueInform,
    List<Choice> citableConcerns,
    boolean applyForLicence,
    boolean decideLicence,
    boolean closeNoConcern,
    boolean closeMeasuresAgreed,
    boolean markNotReportable,
    List<MeetingWork> meetings,
    List<ConcernWork> concerns,
    List<QueryWork> queries,
    InformView inform,
    ApplicationView application,
    OutcomeView outcome,
    List<DocumentLink> documents,
    List<Choice> generatable) {

  /** Whether any officer or company action shows. */
  public boolean anyCaseAction() {
    return allocateToMe
        || startReview
        || scheduleMeeting
        || raiseConcern
        || askQuery
        || issueInform
        || applyForLicence
        || decideLicence
        || closeNoConcern
        || closeMeasuresAgreed
        || markNotReportable
        || !generatable.isEmpty();
  }

  /** A value of a choice list (radio, checkbox, select) and its label. */
  public record Choice(String value, String label) {}

  /** A meeting and what the caller may do to it. */
  public record MeetingWork(
      String id,
      long version,
      String label,
      String startsAtInput,
      boolean reschedule,
      boolean cancel,
      boolean recordHeld) {
    public boolean any() {
      return reschedule || cancel || recordHeld;
    }
  }

  /** A concern and what the caller may do to it. */
  public record ConcernWork(
      String id, long version, String label, boolean answer, boolean resolve, boolean unresolved) {
    public boolean any() {
      return answer || resolve || unresolved;
    }
  }

  /** A query to the company and what the caller may do to it. */
  public record QueryWork(
      String id,
      long version,
      String question,
      String replyDue,
      String state,
      String answer,
      boolean canAnswer,
      boolean withdraw) {}

  /** The inform as issued: its route, citations, proposed conditions and application due date. */
  public record InformView(
      String route, String summary, List<String> cited, List<String> conditions, String due) {}

  /** The company's licence application: its reference, date and answer to each condition. */
  public record ApplicationView(String reference, String appliedOn, List<String> responses) {}

  /** How the case ended. */
  public record OutcomeView(String type, String decidedOn, String summary, List<String> items) {}

  /** An issued document the caller may download. */
  public record DocumentLink(String href, String title, String number, String generatedAt) {}
}
