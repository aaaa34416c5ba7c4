package dev.taiwa.service.console;

import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.outcome.model.LicenceDecision;
import dev.taiwa.cases.prereport.model.ApplicabilityVerdict;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.LeadTime;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.util.Arrays;
import java.util.List;

/**
 * The Japanese names the console's forms use (outcomes, verdicts, the choices of each select), kept
 * apart from {@link Labels} so the read-only pages and the forms grow without touching each other.
 */
public final class WorkLabels {
  private WorkLabels() {}

  static String of(OutcomeType type) {
    return switch (type) {
      case CLOSED_NO_CONCERN -> "終了（懸念なし）";
      case CLOSED_MEASURES_AGREED -> "終了（措置合意）";
      case NOT_REPORTABLE -> "報告対象外";
      case LICENCE_GRANTED -> "許可";
      case LICENCE_GRANTED_WITH_CONDITIONS -> "条件付き許可";
      case LICENCE_REFUSED -> "不許可";
      case WITHDRAWN -> "取下げ";
    };
  }

  static String of(ApplicabilityVerdict verdict) {
    return switch (verdict) {
      case REPORTABLE -> "事前報告が必要です";
      case NOT_REPORTABLE -> "事前報告は不要です";
      case UNCERTAIN -> "判断できません（担当窓口に相談してください）";
    };
  }

  /** A reason's conclusion, short. */
  static String ofPoint(ApplicabilityVerdict verdict) {
    return switch (verdict) {
      case REPORTABLE -> "報告対象";
      case NOT_REPORTABLE -> "対象外";
      case UNCERTAIN -> "不明";
    };
  }

  static String of(LeadTime.LeadTimeStatus status) {
    return switch (status) {
      case ON_TIME -> "期限内（推奨日数以上前の報告）";
      case SHORT_NOTICE -> "推奨日数より直前の報告";
      case LATE -> "予定日以後の報告（遅延理由が必要）";
    };
  }

  static String of(LicenceDecision decision) {
    return switch (decision) {
      case GRANTED -> "許可";
      case GRANTED_WITH_CONDITIONS -> "条件付き許可";
      case REFUSED -> "不許可";
    };
  }

  static String of(CounterpartyRelationship relationship) {
    return switch (relationship) {
      case SUBSIDIARY -> "子会社";
      case JOINT_VENTURE -> "合弁会社";
      case UNRELATED -> "資本関係なし";
    };
  }

  static String of(PlannedDateKind kind) {
    return switch (kind) {
      case CONTRACT -> "契約日";
      case AGREEMENT -> "合意日";
      case INTERNAL_DECISION -> "社内意思決定日";
    };
  }

  static String of(NotificationKind kind) {
    return switch (kind) {
      case QUERY_ASKED -> "照会が届きました";
      case QUERY_ANSWERED -> "照会に回答がありました";
      case MEETING_SCHEDULED -> "面談が設定されました";
      case MEETING_CHANGED -> "面談が変更されました";
      case INFORM_ISSUED -> "インフォームが発出されました";
      case DEADLINE_IN_5_WORKING_DAYS -> "期限まで5営業日";
      case DEADLINE_IN_1_WORKING_DAY -> "期限まで1営業日";
      case DEADLINE_OVERDUE -> "期限を過ぎました";
      case PATENT_MATERIALS_REQUESTED -> "資料の提出が求められました";
      case PATENT_PRIOR_NOTICE_ISSUED -> "保全指定前の通知がありました";
      case PATENT_REVIEW_DECIDED -> "保全審査の結果が出ました";
      case PATENT_SENT_TO_REVIEW -> "保全審査に付されました";
      case PATENT_NOT_SENT -> "保全審査に付されませんでした";
      case PATENT_DESIGNATION_LIFTED -> "保全指定が解除されました";
      case PATENT_DESIGNATION_EXPIRED -> "保全指定の期間が満了しました";
    };
  }

  public static List<CaseWork.Choice> categories() {
    return Arrays.stream(ConcernCategory.values())
        .map(c -> new CaseWork.Choice(c.name(), Labels.of(c)))
        .toList();
  }

  public static List<CaseWork.Choice> severities() {
    return Arrays.stream(Severity.values())
        .map(s -> new CaseWork.Choice(s.name(), Labels.of(s)))
        .toList();
  }

  public static List<CaseWork.Choice> decisions() {
    return Arrays.stream(LicenceDecision.values())
        .map(d -> new CaseWork.Choice(d.name(), of(d)))
        .toList();
  }

  public static List<CaseWork.Choice> transactionTypes() {
    return Arrays.stream(TransactionType.values())
        .map(t -> new CaseWork.Choice(t.name(), Labels.of(t)))
        .toList();
  }

  public static List<CaseWork.Choice> relationships() {
    return Arrays.stream(CounterpartyRelationship.values())
        .map(r -> new CaseWork.Choice(r.name(), of(r)))
        .toList();
  }

  public static List<CaseWork.Choice> plannedDateKinds() {
    return Arrays.stream(PlannedDateKind.values())
        .map(k -> new CaseWork.Choice(k.name(), of(k)))
        .toList();
  }
}
