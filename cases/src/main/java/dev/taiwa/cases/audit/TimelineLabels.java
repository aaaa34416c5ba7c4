package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.Role;
import java.util.Map;

/**
 * What the timeline calls an event type (Japanese and English; a type without a label is shown as
 * itself) and who did it (a role in Japanese, or 貴社 for the company reading its own case).
 */
public final class TimelineLabels {
  /** How a company's timeline names its own users. */
  public static final String YOUR_COMPANY = "貴社";

  /** How the timeline names an event without a user (a schedule, the command line). */
  public static final String SYSTEM = "システム";

  /** How the timeline names a user who no longer has an account or roles. */
  public static final String UNKNOWN = "不明";

  private static final Map<String, Bilingual> EVENTS =
      Map.ofEntries(
          Map.entry("PRE_REPORT_DRAFT_CREATED", label("Draft created", "下書き作成")),
          Map.entry("PRE_REPORT_DRAFT_UPDATED", label("Draft updated", "下書き更新")),
          Map.entry("PRE_REPORT_SUBMITTED", label("Pre-report submitted", "事前報告提出")),
          Map.entry("PRE_REPORT_REVIEW_STARTED", label("Review started", "審査開始")),
          Map.entry("PRE_REPORT_DIALOGUE_STARTED", label("Dialogue started", "対話開始")),
          Map.entry("PRE_REPORT_WITHDRAWN", label("Pre-report withdrawn", "事前報告取下げ")),
          Map.entry("PRE_REPORT_MARK_NOT_REPORTABLE", label("Not reportable", "報告対象外")),
          Map.entry("PRE_REPORT_CLOSE_NO_CONCERN", label("Closed: no concern", "懸念なしで終了")),
          Map.entry(
              "PRE_REPORT_CLOSE_MEASURES_AGREED", label("Closed: measures agreed", "措置合意により終了")),
          Map.entry("PRE_REPORT_ISSUE_INFORM", label("Inform issued", "インフォーム通知発出")),
          Map.entry("PRE_REPORT_APPLY_FOR_LICENCE", label("Licence applied for", "許可申請")),
          Map.entry("PRE_REPORT_GRANT_LICENCE", label("Licence granted", "許可")),
          Map.entry(
              "PRE_REPORT_GRANT_LICENCE_WITH_CONDITIONS",
              label("Licence granted with conditions", "条件付き許可")),
          Map.entry("PRE_REPORT_REFUSE_LICENCE", label("Licence refused", "不許可")),
          Map.entry("DIALOGUE_SCHEDULE_MEETING", label("Meeting scheduled", "面談予定")),
          Map.entry("DIALOGUE_RESCHEDULE_MEETING", label("Meeting rescheduled", "面談日程変更")),
          Map.entry("DIALOGUE_CANCEL_MEETING", label("Meeting cancelled", "面談中止")),
          Map.entry("DIALOGUE_RECORD_MEETING_HELD", label("Meeting held", "面談実施")),
          Map.entry("DIALOGUE_RAISE_CONCERN", label("Concern raised", "懸念提示")),
          Map.entry("DIALOGUE_ANSWER_CONCERN", label("Concern answered", "懸念への回答")),
          Map.entry("DIALOGUE_RESOLVE_CONCERN", label("Concern resolved", "懸念解消")),
          Map.entry("DIALOGUE_MARK_CONCERN_UNRESOLVED", label("Concern unresolved", "懸念未解消")),
          Map.entry("DIALOGUE_ASSIGN_CASE_OFFICER", label("Case officer assigned", "担当官割当")),
          Map.entry("DIALOGUE_ASK_QUERY", label("Query asked", "照会")),
          Map.entry("DIALOGUE_ANSWER_QUERY", label("Query answered", "照会への回答")),
          Map.entry("DIALOGUE_WITHDRAW_QUERY", label("Query withdrawn", "照会取下げ")),
          Map.entry("SECRET_CONTENT_READ", label("Secret content read", "秘密情報閲覧")),
          Map.entry("ACCESS_GRANTED", label("Access granted", "閲覧権限付与")),
          Map.entry("ACCESS_REVOKED", label("Access revoked", "閲覧権限取消")),
          Map.entry("BREAK_GLASS_OPENED", label("Emergency access opened", "緊急閲覧開始")),
          Map.entry("BREAK_GLASS_REVIEWED", label("Emergency access reviewed", "緊急閲覧確認")));

  private static final Map<Role, String> ROLES_JA =
      Map.of(
          Role.FILER, "届出者",
          Role.DIALOGUE_OFFICER, "担当官",
          Role.PATENT_EXAMINER, "審査官",
          Role.SECURITY_REVIEWER, "保全審査官",
          Role.AUDITOR, "監査担当",
          Role.ADMIN, "管理者");

  private TimelineLabels() {}

  /** The label of {@code eventType}; the type itself in both languages when it has none. */
  public static Bilingual of(String eventType) {
    return EVENTS.getOrDefault(eventType, new Bilingual(eventType, eventType));
  }

  /** A role in Japanese, as users read it. */
  public static String roleJa(Role role) {
    return ROLES_JA.get(role);
  }

  private static Bilingual label(String en, String ja) {
    return new Bilingual(en, ja);
  }
}
