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
 * The names the console's forms use (outcomes, verdicts, the choices of each select), kept apart
 * from {@link Labels} so the read-only pages and the forms grow without touching each other. The
 * Japanese are here; the English are {@code choice.<Type>.<VALUE>} in the English texts, as {@link
 * Labels} keeps its English in {@code label.*}.
 */
public final class WorkLabels {
  private WorkLabels() {}

  /** Every kind of value named here, for the test that checks each has both languages. */
  static final List<Class<? extends Enum<?>>> NAMED =
      List.of(
          OutcomeType.class,
          ApplicabilityVerdict.class,
          LeadTime.LeadTimeStatus.class,
          LicenceDecision.class,
          CounterpartyRelationship.class,
          PlannedDateKind.class,
          NotificationKind.class);

  /** The name of {@code value} in the language of {@code t}. */
  static String of(Enum<?> value, Texts t) {
    if (t.language() == ConsoleLanguage.EN) {
      return t.get("choice." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
    if (value instanceof OutcomeType v) {
      return of(v);
    } else if (value instanceof ApplicabilityVerdict v) {
      return of(v);
    } else if (value instanceof LeadTime.LeadTimeStatus v) {
      return of(v);
    } else if (value instanceof LicenceDecision v) {
      return of(v);
    } else if (value instanceof CounterpartyRelationship v) {
      return of(v);
    } else if (value instanceof PlannedDateKind v) {
      return of(v);
    } else if (value instanceof NotificationKind v) {
      return of(v);
    }
    throw new IllegalArgumentException("no console name for " + value);
  }

  /** A reason's conclusion, short, in the language of {@code t}. */
  static String ofPoint(ApplicabilityVerdict verdict, Texts t) {
    return t.language() == ConsoleLanguage.EN
        ? t.get("choice.point." + verdict.name())
        : ofPoint(verdict);
  }

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
    return verdict.pointJa();
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
    return kind.nameJa();
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
      case SCREENING_HITS_FOUND -> "取引相手の照合で新たな該当がありました";
    };
  }

  public static List<CaseWork.Choice> categories(Texts t) {
    return Arrays.stream(ConcernCategory.values())
        .map(c -> new CaseWork.Choice(c.name(), t.label(c)))
        .toList();
  }

  public static List<CaseWork.Choice> severities(Texts t) {
    return Arrays.stream(Severity.values())
        .map(s -> new CaseWork.Choice(s.name(), t.label(s)))
        .toList();
  }

  public static List<CaseWork.Choice> decisions(Texts t) {
    return Arrays.stream(LicenceDecision.values())
        .map(d -> new CaseWork.Choice(d.name(), of(d, t)))
        .toList();
  }

  public static List<CaseWork.Choice> transactionTypes(Texts t) {
    return Arrays.stream(TransactionType.values())
        .map(type -> new CaseWork.Choice(type.name(), t.label(type)))
        .toList();
  }

  public static List<CaseWork.Choice> relationships(Texts t) {
    return Arrays.stream(CounterpartyRelationship.values())
        .map(r -> new CaseWork.Choice(r.name(), of(r, t)))
        .toList();
  }

  public static List<CaseWork.Choice> plannedDateKinds(Texts t) {
    return Arrays.stream(PlannedDateKind.values())
        .map(k -> new CaseWork.Choice(k.name(), of(k, t)))
        .toList();
  }
}
