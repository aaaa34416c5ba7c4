package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.Role;
import java.util.Map;

/**
 * What the timeline calls an event (the label its {@link AuditAction} carries, in Japanese and
 * English) and who did it (a role in Japanese, or 貴社 for the company reading its own case).
 */
public final class TimelineLabels {
  /** How a company's timeline names its own users. */
  public static final String YOUR_COMPANY = "貴社";

  /** How the timeline names an event without a user (a schedule, the command line). */
  public static final String SYSTEM = "システム";

  /** How the timeline names a user who no longer has an account or roles. */
  public static final String UNKNOWN = "不明";

  /** How the timeline names an event whose stored code no {@link AuditAction} has. */
  public static final Bilingual OTHER_EVENT = new Bilingual("Other event", "その他の記録");

  private static final Map<Role, String> ROLES_JA =
      Map.of(
          Role.FILER, "届出者",
          Role.DIALOGUE_OFFICER, "担当官",
          Role.PATENT_EXAMINER, "審査官",
          Role.SECURITY_REVIEWER, "保全審査官",
          Role.AUDITOR, "監査担当",
          Role.ADMIN, "管理者");

  private TimelineLabels() {}

  /** The label of the action stored as {@code code}; {@link #OTHER_EVENT} for an unknown code. */
  public static Bilingual of(String code) {
    return AuditAction.ofCode(code).map(AuditAction::label).orElse(OTHER_EVENT);
  }

  /** A role in Japanese, as users read it. */
  public static String roleJa(Role role) {
    return ROLES_JA.get(role);
  }
}
