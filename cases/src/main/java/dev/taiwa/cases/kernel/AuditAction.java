package dev.taiwa.cases.kernel;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action the audit log records, declared once: its code (the string stored in each audit
 * event and covered by the event's hash, so a code never changes once events carry it) and its
 * timeline label in English and Japanese.
 */
public enum AuditAction {
  // Pre-reports (Track A)
  PRE_REPORT_DRAFT_CREATED("PRE_REPORT_DRAFT_CREATED", "Draft created", "下書き作成"),
  PRE_REPORT_DRAFT_UPDATED("PRE_REPORT_DRAFT_UPDATED", "Draft updated", "下書き更新"),
  PRE_REPORT_SUBMITTED("PRE_REPORT_SUBMITTED", "Pre-report submitted", "事前報告提出"),
  PRE_REPORT_REVIEW_STARTED("PRE_REPORT_REVIEW_STARTED", "Review started", "審査開始"),
  PRE_REPORT_DIALOGUE_STARTED("PRE_REPORT_DIALOGUE_STARTED", "Dialogue started", "対話開始"),
  PRE_REPORT_WITHDRAWN("PRE_REPORT_WITHDRAWN", "Pre-report withdrawn", "事前報告取下げ"),
  PRE_REPORT_MARK_NOT_REPORTABLE("PRE_REPORT_MARK_NOT_REPORTABLE", "Not reportable", "報告対象外"),
  PRE_REPORT_CLOSE_NO_CONCERN("PRE_REPORT_CLOSE_NO_CONCERN", "Closed: no concern", "懸念なしで終了"),
  PRE_REPORT_CLOSE_MEASURES_AGREED(
      "PRE_REPORT_CLOSE_MEASURES_AGREED", "Closed: measures agreed", "措置合意により終了"),
  PRE_REPORT_ISSUE_INFORM("PRE_REPORT_ISSUE_INFORM", "Inform issued", "インフォーム通知発出"),
  PRE_REPORT_APPLY_FOR_LICENCE("PRE_REPORT_APPLY_FOR_LICENCE", "Licence applied for", "許可申請"),
  PRE_REPORT_GRANT_LICENCE("PRE_REPORT_GRANT_LICENCE", "Licence granted", "許可"),
  PRE_REPORT_GRANT_LICENCE_WITH_CONDITIONS(
      "PRE_REPORT_GRANT_LICENCE_WITH_CONDITIONS", "Licence granted with conditions", "条件付き許可"),
  PRE_REPORT_REFUSE_LICENCE("PRE_REPORT_REFUSE_LICENCE", "Licence refused", "不許可"),

  // The dialogue of a pre-report
  DIALOGUE_SCHEDULE_MEETING("DIALOGUE_SCHEDULE_MEETING", "Meeting scheduled", "面談予定"),
  DIALOGUE_RESCHEDULE_MEETING("DIALOGUE_RESCHEDULE_MEETING", "Meeting rescheduled", "面談日程変更"),
  DIALOGUE_CANCEL_MEETING("DIALOGUE_CANCEL_MEETING", "Meeting cancelled", "面談中止"),
  DIALOGUE_RECORD_MEETING_HELD("DIALOGUE_RECORD_MEETING_HELD", "Meeting held", "面談実施"),
  DIALOGUE_RAISE_CONCERN("DIALOGUE_RAISE_CONCERN", "Concern raised", "懸念提示"),
  DIALOGUE_ANSWER_CONCERN("DIALOGUE_ANSWER_CONCERN", "Concern answered", "懸念への回答"),
  DIALOGUE_RESOLVE_CONCERN("DIALOGUE_RESOLVE_CONCERN", "Concern resolved", "懸念解消"),
  DIALOGUE_MARK_CONCERN_UNRESOLVED(
      "DIALOGUE_MARK_CONCERN_UNRESOLVED", "Concern unresolved", "懸念未解消"),
  DIALOGUE_ASSIGN_CASE_OFFICER("DIALOGUE_ASSIGN_CASE_OFFICER", "Case officer assigned", "担当官割当"),
  DIALOGUE_ASK_QUERY("DIALOGUE_ASK_QUERY", "Query asked", "照会"),
  DIALOGUE_ANSWER_QUERY("DIALOGUE_ANSWER_QUERY", "Query answered", "照会への回答"),
  DIALOGUE_WITHDRAW_QUERY("DIALOGUE_WITHDRAW_QUERY", "Query withdrawn", "照会取下げ"),

  // Patent applications (Track B)
  PATENT_APPLICATION_REGISTERED(
      "PATENT_APPLICATION_REGISTERED", "Patent application registered", "特許出願登録"),
  PATENT_SCREENING_DECIDED("PATENT_SCREENING_DECIDED", "Screening decided", "第一次審査の判断"),
  PATENT_SECURITY_REVIEW_REQUESTED(
      "PATENT_SECURITY_REVIEW_REQUESTED", "Security review requested", "保全審査の申出"),
  PATENT_NON_SENDING_NOTICE_REQUESTED(
      "PATENT_NON_SENDING_NOTICE_REQUESTED", "Notice of non-sending requested", "不送付通知の申出"),
  PATENT_NON_SENDING_NOTICE_ISSUED(
      "PATENT_NON_SENDING_NOTICE_ISSUED", "Notice of non-sending issued", "不送付通知"),
  PATENT_SECURITY_REVIEW_STARTED(
      "PATENT_SECURITY_REVIEW_STARTED", "Security review started", "保全審査開始"),
  PATENT_MATERIALS_REQUESTED("PATENT_MATERIALS_REQUESTED", "Materials requested", "資料提出の求め"),
  PATENT_MATERIALS_ANSWERED("PATENT_MATERIALS_ANSWERED", "Materials provided", "資料の提出"),
  PATENT_CONSULTATION_RECORDED("PATENT_CONSULTATION_RECORDED", "Consultation recorded", "協議の記録"),
  PATENT_PRIOR_NOTICE_ISSUED("PATENT_PRIOR_NOTICE_ISSUED", "Prior notice issued", "事前通知"),
  PATENT_APPLICATION_MAINTAINED(
      "PATENT_APPLICATION_MAINTAINED", "Application maintained", "出願維持の申出"),
  PATENT_APPLICATION_DISMISSED("PATENT_APPLICATION_DISMISSED", "Application dismissed", "出願却下"),
  PATENT_APPLICATION_WITHDRAWN("PATENT_APPLICATION_WITHDRAWN", "Application withdrawn", "出願取下げ"),
  PATENT_DESIGNATED("PATENT_DESIGNATED", "Designated", "保全指定"),
  PATENT_NOT_DESIGNATED("PATENT_NOT_DESIGNATED", "Not designated", "保全指定をしない旨の通知"),
  PATENT_DESIGNATION_EXTENDED("PATENT_DESIGNATION_EXTENDED", "Designation extended", "保全指定の延長"),
  PATENT_DESIGNATION_LIFTED("PATENT_DESIGNATION_LIFTED", "Designation lifted", "保全指定の解除"),
  PATENT_DESIGNATION_EXPIRED("PATENT_DESIGNATION_EXPIRED", "Designation expired", "保全指定の期間満了"),
  PATENT_OBLIGATION_FILED("PATENT_OBLIGATION_FILED", "Designation filing made", "保全指定中の申請・届出"),
  PATENT_OBLIGATION_DECIDED(
      "PATENT_OBLIGATION_DECIDED", "Designation filing decided", "保全指定中の申請への決定"),
  PATENT_PRE_REPORT_LINKED("PATENT_PRE_REPORT_LINKED", "Linked with a case", "関連案件の紐付け"),
  PATENT_PRE_REPORT_UNLINKED(
      "PATENT_PRE_REPORT_UNLINKED", "Link with a case removed", "関連案件の紐付け解除"),
  COMPENSATION_CLAIMED("COMPENSATION_CLAIMED", "Compensation claimed", "損失補償の請求"),
  COMPENSATION_ASSESSMENT_NOTED(
      "COMPENSATION_ASSESSMENT_NOTED", "Compensation assessment noted", "損失補償の査定メモ"),
  COMPENSATION_DECIDED("COMPENSATION_DECIDED", "Compensation decided", "損失補償の決定"),
  PRIOR_CONFIRMATION_REQUESTED(
      "PRIOR_CONFIRMATION_REQUESTED", "Prior confirmation requested", "事前確認の求め"),
  PRIOR_CONFIRMATION_SENT_FOR_CONSULTATION(
      "PRIOR_CONFIRMATION_SENT_FOR_CONSULTATION", "Sent for consultation", "内閣府への協議"),
  PRIOR_CONFIRMATION_CONSULTATION_RECORDED(
      "PRIOR_CONFIRMATION_CONSULTATION_RECORDED", "Consultation answer recorded", "協議結果の記録"),
  PRIOR_CONFIRMATION_ANSWERED(
      "PRIOR_CONFIRMATION_ANSWERED", "Prior confirmation answered", "事前確認の回答"),

  // Need-to-know
  SECRET_CONTENT_READ("SECRET_CONTENT_READ", "Secret content read", "秘密情報閲覧"),
  ACCESS_GRANTED("ACCESS_GRANTED", "Access granted", "閲覧権限付与"),
  ACCESS_REVOKED("ACCESS_REVOKED", "Access revoked", "閲覧権限取消"),
  BREAK_GLASS_OPENED("BREAK_GLASS_OPENED", "Emergency access opened", "緊急閲覧開始"),
  BREAK_GLASS_REVIEWED("BREAK_GLASS_REVIEWED", "Emergency access reviewed", "緊急閲覧確認"),

  // Documents
  DOCUMENT_GENERATED("DOCUMENT_GENERATED", "Document issued", "文書発行"),
  DOCUMENT_DOWNLOADED("DOCUMENT_DOWNLOADED", "Document downloaded", "文書ダウンロード"),
  DOCUMENT_VERIFIED("DOCUMENT_VERIFIED", "Document verified", "文書照合"),

  // Deadlines and notifications
  DEADLINES_SWEPT("DEADLINES_SWEPT", "Deadlines swept", "期限の定期確認"),
  DEADLINE_REMINDER_SENT("DEADLINE_REMINDER_SENT", "Deadline reminder sent", "期限の事前通知"),
  DEADLINE_DUE_MOVED("DEADLINE_DUE_MOVED", "Deadline due date moved", "期限日の再計算"),
  NOTIFICATION_READ("NOTIFICATION_READ", "Notification read", "通知既読"),
  ALL_NOTIFICATIONS_READ("ALL_NOTIFICATIONS_READ", "All notifications read", "全通知既読"),
  MARK_NOTIFICATION_READ("MARK_NOTIFICATION_READ", "Marking a notification read", "通知の既読化"),
  MARK_ALL_NOTIFICATIONS_READ(
      "MARK_ALL_NOTIFICATIONS_READ", "Marking all notifications read", "全通知の既読化"),

  // Catalogues
  TECHNOLOGY_REVISION_ADDED("TECHNOLOGY_REVISION_ADDED", "Technology list revised", "技術リスト改訂"),
  SPECIFIED_FIELD_REVISION_RECORDED(
      "SPECIFIED_FIELD_REVISION_RECORDED", "Specified fields revised", "特定技術分野の改訂"),

  // Counterparty screening
  SCREENING_LIST_IMPORTED("SCREENING_LIST_IMPORTED", "Screening list imported", "スクリーニングリストの取込み"),
  COUNTERPARTY_SCREENED("COUNTERPARTY_SCREENED", "Counterparty screened", "取引相手のスクリーニング"),
  SCREENING_HIT_DISPOSED("SCREENING_HIT_DISPOSED", "Screening hit reviewed", "スクリーニング該当の判定"),
  LIST_RESCREENED(
      "LIST_RESCREENED", "Open cases re-screened against a new list version", "新しいリスト版による再スクリーニング"),

  // Accounts and organisations
  LOGIN_SUCCEEDED("LOGIN_SUCCEEDED", "Logged in", "ログイン"),
  LOGIN_FAILED("LOGIN_FAILED", "Login failed", "ログイン失敗"),
  REFRESH_TOKEN_REUSED(
      "REFRESH_TOKEN_REUSED", "Spent refresh token presented again", "使用済みリフレッシュトークンの再提示"),
  USER_CREATED("USER_CREATED", "User created", "利用者登録"),
  USER_DISABLED("USER_DISABLED", "User disabled", "利用者の無効化"),
  USER_ENABLED("USER_ENABLED", "User enabled", "利用者の有効化"),
  USER_PASSWORD_RESET("USER_PASSWORD_RESET", "Password reset", "パスワード再設定"),
  USER_ROLES_CHANGED("USER_ROLES_CHANGED", "Roles changed", "役割の変更"),
  ORGANISATION_CREATED("ORGANISATION_CREATED", "Organisation created", "組織登録"),

  // The audit log itself
  AUDIT_TRAIL_READ("AUDIT_TRAIL_READ", "Audit trail read", "監査証跡の閲覧"),
  AUDIT_LOG_SEARCHED("AUDIT_LOG_SEARCHED", "Audit log searched", "監査ログの検索"),
  AUDIT_CHAIN_VERIFIED("AUDIT_CHAIN_VERIFIED", "Audit chain verified", "監査ログの検証"),

  // Command-line tools and demo data
  IMPORT_BATCH("IMPORT_BATCH", "Cases imported", "案件の一括取込み"),
  DEMO_DATA_CREATED("DEMO_DATA_CREATED", "Demo users created", "デモ利用者の作成"),
  DEMO_CASE_SEEDED("DEMO_CASE_SEEDED", "Demo case created", "デモ案件の作成");

  private static final Map<String, AuditAction> BY_CODE =
      Map.copyOf(
          Arrays.stream(values())
              .collect(Collectors.toMap(a -> a.code, Function.identity(), (first, next) -> first)));

  private final String code;
  private final Bilingual label;

  AuditAction(String code, String en, String ja) {
    this.code = code;
    this.label = new Bilingual(en, ja);
  }

  /** The code stored in the audit log, e.g. {@code PRE_REPORT_SUBMITTED}. */
  public String code() {
    return code;
  }

  /** What the timeline calls the action, in English and Japanese. */
  public Bilingual label() {
    return label;
  }

  /**
   * True when an event of this action names, besides its own case, another case in its summary (a
   * link between a pre-report and a patent application): readers of case events do not get it.
   */
  public boolean namesAnotherCase() {
    return this == PATENT_PRE_REPORT_LINKED || this == PATENT_PRE_REPORT_UNLINKED;
  }

  /** The action stored as {@code code}; empty for a code no action has (never an exception). */
  public static Optional<AuditAction> ofCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }
}
