package dev.taiwa.cases.document.template;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.Locale;
import java.util.Map;

/** How a document names the values the case stores as codes: always in Japanese. */
final class JapaneseLabels {
  private static final Map<CounterpartyRelationship, String> RELATIONSHIPS =
      Map.of(
          CounterpartyRelationship.SUBSIDIARY, "子会社",
          CounterpartyRelationship.JOINT_VENTURE, "合弁会社",
          CounterpartyRelationship.UNRELATED, "資本関係なし");
  private static final Map<PlannedDateKind, String> PLANNED_DATES =
      Map.of(
          PlannedDateKind.CONTRACT, "契約締結日",
          PlannedDateKind.AGREEMENT, "合意日",
          PlannedDateKind.INTERNAL_DECISION, "社内決定日");
  private static final Map<AuditOutcome, String> OUTCOMES =
      Map.of(AuditOutcome.ACCEPTED, "受理", AuditOutcome.REJECTED, "却下", AuditOutcome.READ, "閲覧");
  private static final Map<PreReportState, String> STATES =
      Map.ofEntries(
          Map.entry(PreReportState.DRAFT, "下書き"),
          Map.entry(PreReportState.SUBMITTED, "提出済み"),
          Map.entry(PreReportState.UNDER_REVIEW, "審査中"),
          Map.entry(PreReportState.IN_DIALOGUE, "対話中"),
          Map.entry(PreReportState.CLOSED_NO_CONCERN, "終了（懸念なし）"),
          Map.entry(PreReportState.CLOSED_MEASURES_AGREED, "終了（措置に合意）"),
          Map.entry(PreReportState.INFORM_ISSUED, "許可申請をすべき旨の通知済み"),
          Map.entry(PreReportState.LICENCE_APPLIED, "許可申請中"),
          Map.entry(PreReportState.LICENCE_GRANTED, "許可"),
          Map.entry(PreReportState.LICENCE_GRANTED_WITH_CONDITIONS, "条件付許可"),
          Map.entry(PreReportState.LICENCE_REFUSED, "不許可"),
          Map.entry(PreReportState.WITHDRAWN, "取下げ"),
          Map.entry(PreReportState.NOT_REPORTABLE, "報告対象外"));

  private JapaneseLabels() {}

  static String relationship(CounterpartyRelationship relationship) {
    return relationship == null ? "" : RELATIONSHIPS.get(relationship);
  }

  static String plannedDate(PlannedDateKind kind) {
    return kind == null ? "" : PLANNED_DATES.get(kind);
  }

  static String outcome(AuditOutcome outcome) {
    return OUTCOMES.get(outcome);
  }

  static String state(PreReportState state) {
    return STATES.get(state);
  }

  /** The country's Japanese name and its ISO code, e.g. 中国（CN）; blank when not given. */
  static String country(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = new Locale("", code).getDisplayCountry(Locale.JAPANESE);
    return name.isBlank() || name.equalsIgnoreCase(code) ? code : name + "（" + code + "）";
  }
}
