package dev.taiwa.service.console;

import java.util.List;

/**
 * The audit trail as an auditor (or, for case events only, a dialogue officer) searches it: the
 * filters as typed with their errors, the events newest first, the link to the next page, whether
 * the caller may verify the chain, and the last verification's result.
 */
public record AuditPage(
    SignedIn signedIn,
    Filters filters,
    List<Option> actions,
    List<Option> outcomes,
    List<Row> rows,
    String nextLink,
    String firstLink,
    boolean mayVerify,
    Verification verification,
    List<BreakGlassRow> breakGlass,
    Typed review) {

  /** Events per page. */
  public static final int PAGE_SIZE = 50;

  /** The filters as typed, and the error of each that could not be read (empty when none). */
  public record Filters(
      String caseId,
      String actor,
      String action,
      String outcome,
      String from,
      String to,
      String caseError,
      String fromError,
      String toError) {}

  /** A choice of a select: its value and label. */
  public record Option(String value, String label) {}

  /** One event. */
  public record Row(
      long sequence,
      String at,
      String actor,
      String action,
      String actionCode,
      String outcome,
      String summary,
      String caseId,
      String caseLink) {}

  /** The result of verifying the chain: intact or where it breaks, in the caller's language. */
  public record Verification(boolean intact, String message) {}

  /**
   * A break-glass access awaiting review, whose form posts its note: who opened it, why, when,
   * until when it lasts, and the audit trail of its case (what was read meanwhile). The list
   * ({@code breakGlass}) is null when the caller may not review; {@code review} is the refused
   * review form, if any, with what was typed.
   */
  public record BreakGlassRow(
      String id,
      String grantee,
      String reason,
      String openedAt,
      String expiresAt,
      String caseEvents) {}
}
