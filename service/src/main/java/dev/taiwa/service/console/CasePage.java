package dev.taiwa.service.console;

import java.util.List;

/**
 * A pre-report as the caller may see it: the report, its meetings, concerns and queries, its
 * deadlines with their explanation, and its timeline. Read only in this step.
 */
public record CasePage(
    SignedIn signedIn,
    String reference,
    String state,
    List<Fact> report,
    List<MeetingView> meetings,
    List<ConcernView> concerns,
    List<QueryView> queries,
    List<DeadlineRow> deadlines,
    List<HitRow> screening,
    List<TimelineRow> timeline) {

  /** A labelled value of the report. */
  public record Fact(String label, String value) {}

  /** A meeting with the notes the caller may read, each marked internal or company-visible. */
  public record MeetingView(String startsAt, String place, String state, List<NoteView> notes) {}

  /** A note of a meeting's agenda or minutes. */
  public record NoteView(String part, String text, String visibility) {}

  /** A concern of the ledger with the company's answers. */
  public record ConcernView(
      String category,
      String severity,
      String state,
      String description,
      String concernInformation,
      List<String> answers) {}

  /** A query to the company. */
  public record QueryView(String question, String replyDue, String state) {}

  /** A deadline: its subject, due date, status and how it was computed. */
  public record DeadlineRow(String subject, String due, String status, String explanation) {}

  /**
   * A screening hit of the counterparty: the list and version it was found in, the entry, the names
   * that matched, the score, and (officials only; null for the company) the disposition.
   */
  public record HitRow(
      String list, String entry, String matched, String score, String disposition) {}

  /** One event of the case's history. */
  public record TimelineRow(String at, String what, String who) {}
}
