package dev.taiwa.service.console;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.dialogue.model.MeetingState;
import dev.taiwa.cases.dialogue.model.QueryState;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.util.List;

/**
 * The console's names of Taiwa's states and categories: Japanese here, English from the {@code
 * label.<Enum>.<CONSTANT>} entries of {@code texts_en.properties} ({@link #of(Enum,
 * ConsoleLanguage)}).
 */
public final class Labels {
  private Labels() {}

  public static String of(PreReportState state) {
    return switch (state) {
      case DRAFT -> "下書き";
      case SUBMITTED -> "提出済み";
      case UNDER_REVIEW -> "審査中";
      case IN_DIALOGUE -> "対話中";
      case CLOSED_NO_CONCERN -> "終了（懸念なし）";
      case CLOSED_MEASURES_AGREED -> "終了（措置合意）";
      case INFORM_ISSUED -> "インフォーム済み";
      case LICENCE_APPLIED -> "許可申請中";
      case LICENCE_GRANTED -> "許可";
      case LICENCE_GRANTED_WITH_CONDITIONS -> "条件付き許可";
      case LICENCE_REFUSED -> "不許可";
      case WITHDRAWN -> "取下げ";
      case NOT_REPORTABLE -> "報告対象外";
    };
  }

  static String of(TransactionType type) {
    return switch (type) {
      case OVERSEAS_SUBSIDIARY_PRODUCTION -> "海外子会社での生産";
      case CONTRACT_MANUFACTURING -> "委託製造";
      case LICENSING -> "ライセンス供与";
      case JOINT_VENTURE -> "合弁事業";
      case OTHER -> "その他";
    };
  }

  static String of(MeetingState state) {
    return switch (state) {
      case SCHEDULED -> "予定";
      case HELD -> "実施済み";
      case CANCELLED -> "中止";
    };
  }

  static String of(Visibility visibility) {
    return visibility == Visibility.INTERNAL ? "行政内部" : "企業に開示";
  }

  static String of(ConcernState state) {
    return switch (state) {
      case RAISED -> "回答待ち";
      case ANSWERED -> "回答済み";
      case RESOLVED -> "解消";
      case UNRESOLVED -> "未解消";
    };
  }

  static String of(ConcernCategory category) {
    return switch (category) {
      case COUNTERPARTY -> "取引相手";
      case END_USE -> "最終用途";
      case TECHNOLOGY_RETENTION -> "技術の保持";
      case LEFTOVER_RISK_ON_WITHDRAWAL -> "撤退時の残存リスク";
      case OTHER -> "その他";
    };
  }

  static String of(Severity severity) {
    return switch (severity) {
      case LOW -> "低";
      case MEDIUM -> "中";
      case HIGH -> "高";
    };
  }

  static String of(QueryState state) {
    return switch (state) {
      case OPEN -> "回答待ち";
      case ANSWERED -> "回答済み";
      case WITHDRAWN -> "取下げ";
    };
  }

  static String of(TrackedStatus status) {
    return switch (status) {
      case OPEN -> "期限内";
      case DUE_SOON -> "期限間近";
      case OVERDUE -> "期限超過";
      case MET -> "完了";
      case MET_LATE -> "完了（期限後）";
      case CANCELLED -> "取消し";
    };
  }

  static String of(DialogueQueue queue) {
    return switch (queue) {
      case MINE -> "自分の担当";
      case UNASSIGNED -> "未割当て";
      case OVERDUE -> "期限超過";
      case AWAITING_COMPANY -> "企業の回答待ち";
      case BY_TECHNOLOGY -> "技術別";
    };
  }

  static String of(AuditOutcome outcome) {
    return switch (outcome) {
      case ACCEPTED -> "受理";
      case REJECTED -> "拒否";
      case READ -> "閲覧";
    };
  }

  /** Every kind of value the console names, for the tests that check each has both languages. */
  static final List<Class<? extends Enum<?>>> LABELLED =
      List.of(
          PreReportState.class,
          TransactionType.class,
          MeetingState.class,
          Visibility.class,
          ConcernState.class,
          ConcernCategory.class,
          Severity.class,
          QueryState.class,
          TrackedStatus.class,
          DialogueQueue.class,
          AuditOutcome.class);

  /** {@link #LABELLED} and the patent track's ({@link PatentLabels#LABELLED}). */
  static final List<Class<? extends Enum<?>>> ALL_LABELLED =
      java.util.stream.Stream.concat(LABELLED.stream(), PatentLabels.LABELLED.stream()).toList();

  /** The name of {@code value} in {@code language}. */
  static String of(Enum<?> value, ConsoleLanguage language) {
    if (language == ConsoleLanguage.EN) {
      return Texts.of(ConsoleLanguage.EN)
          .get("label." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
    if (value instanceof PreReportState v) {
      return of(v);
    } else if (value instanceof TransactionType v) {
      return of(v);
    } else if (value instanceof MeetingState v) {
      return of(v);
    } else if (value instanceof Visibility v) {
      return of(v);
    } else if (value instanceof ConcernState v) {
      return of(v);
    } else if (value instanceof ConcernCategory v) {
      return of(v);
    } else if (value instanceof Severity v) {
      return of(v);
    } else if (value instanceof QueryState v) {
      return of(v);
    } else if (value instanceof TrackedStatus v) {
      return of(v);
    } else if (value instanceof DialogueQueue v) {
      return of(v);
    } else if (value instanceof AuditOutcome v) {
      return of(v);
    }
    String patent = PatentLabels.japanese(value);
    if (patent != null) {
      return patent;
    }
    throw new IllegalArgumentException("no console label for " + value);
  }
}
