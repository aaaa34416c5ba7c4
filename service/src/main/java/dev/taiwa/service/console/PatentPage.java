package dev.taiwa.service.console;

import java.util.List;
import java.util.Set;

/**
 * A patent application as the caller may see it, with the forms the caller may use now. A withheld
 * application ({@code withheld}) shows only the API's skeleton: its number, state and the caller's
 * own actions; every other part is empty but its need-to-know grants, which a security reviewer or
 * auditor reads as through the API's {@code accessGrants} (they hold no secret content).
 */
public record PatentPage(
    SignedIn signedIn,
    String link,
    String number,
    String state,
    boolean withheld,
    long version,
    List<CasePage.Fact> facts,
    Workbench workbench,
    Gate gate,
    List<CasePage.Fact> designation,
    List<CasePage.DeadlineRow> deadlines,
    List<RecordRow> records,
    List<ClaimRow> claims,
    List<CaseWork.DocumentLink> documents,
    Work work,
    Grants grants) {

  /**
   * The application's need-to-know grants, oldest first, whether the caller may grant and revoke,
   * and whether the caller may open break-glass access for themselves; null when the caller may not
   * read them.
   */
  public record Grants(List<GrantRow> rows, boolean manage, boolean breakGlass) {}

  /**
   * A grant: who holds it, why, until when, whether it still opens the content, and a break-glass
   * access's review (or that it awaits one, on the auditors' audit page; empty for other grants).
   */
  public record GrantRow(
      String id,
      String grantee,
      String reason,
      String granted,
      String expiresAt,
      String status,
      String ended,
      boolean active,
      String review) {}

  /** The examiner's screening workbench; null when the caller does not screen this application. */
  public record Workbench(
      List<Candidate> candidates,
      String note,
      List<String> facts,
      boolean additionalMet,
      String screeningDue,
      String dueExplanation) {}

  /** A specified field the IPC mapping suggests, with the IPC codes that triggered it. */
  public record Candidate(
      int number, String name, String triggeredBy, boolean additional, boolean qualifies) {}

  /** Whether the applicant may file abroad today, why, and since when. */
  public record Gate(boolean allowed, String status, String reason, String since) {}

  /** A review record: its kind, date, text, and (for a request) whether it is answered. */
  public record RecordRow(
      String id, String kind, String recordedAt, String date, String text, String answer) {}

  /**
   * A compensation claim, with its assessment notes (the Cabinet Office only), its decision, and
   * whether the caller may add a note or decide it now.
   */
  public record ClaimRow(
      String id,
      long version,
      String amount,
      String cause,
      String basis,
      String state,
      String claimedAt,
      List<String> notes,
      String decision,
      boolean note,
      boolean decide) {}

  /** The forms on the page: which are offered, what was typed, the token they carry. */
  public record Work(
      String csrf,
      Typed typed,
      Set<String> forms,
      List<CaseWork.Choice> fieldChoices,
      List<CaseWork.Choice> fileKinds,
      List<OpenRequest> toDecide,
      List<OpenRequest> toAnswer,
      List<CaseWork.Choice> lossCauses,
      List<CaseWork.Choice> generatable) {

    /** Whether the form {@code name} is offered now. */
    public boolean offers(String name) {
      return forms.contains(name);
    }

    /** Whether any request, notice or materials form is offered (their heading is shown). */
    public boolean recordForms() {
      return !toDecide.isEmpty()
          || !toAnswer.isEmpty()
          || offers("file-obligation")
          || offers("request-materials")
          || offers("consultation");
    }
  }

  /** A request awaiting its answer, with the kinds that answer it. */
  public record OpenRequest(String id, String label, List<CaseWork.Choice> answers) {}
}
