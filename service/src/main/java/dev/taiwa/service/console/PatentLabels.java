package dev.taiwa.service.console;

import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.compensation.model.LossCause;
import dev.taiwa.cases.patent.model.ForeignFilingGate;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import java.util.List;

/**
 * The console's Japanese names of the patent track's states and record kinds (English from the
 * {@code label.<Enum>.<CONSTANT>} entries of {@code texts_en.properties}, as {@link Labels}).
 */
final class PatentLabels {
  private PatentLabels() {}

  /** Every patent kind of value the console names. */
  static final List<Class<? extends Enum<?>>> LABELLED =
      List.of(
          PatentState.class,
          ReviewRecordKind.class,
          LossCause.class,
          CompensationState.class,
          ForeignFilingGate.Status.class);

  /** The Japanese name, or null when {@code value} is not a patent value. */
  static String japanese(Enum<?> value) {
    if (value instanceof PatentState v) {
      return of(v);
    } else if (value instanceof ReviewRecordKind v) {
      return of(v);
    } else if (value instanceof LossCause v) {
      return of(v);
    } else if (value instanceof CompensationState v) {
      return v == CompensationState.CLAIMED ? "請求済み（査定中）" : "決定済み";
    } else if (value instanceof ForeignFilingGate.Status v) {
      return v == ForeignFilingGate.Status.ALLOWED ? "外国出願できます" : "外国出願できません";
    }
    return null;
  }

  static String of(PatentState state) {
    return switch (state) {
      case UNDER_SCREENING -> "第一次審査中";
      case OUTSIDE_SCREENING -> "審査対象外";
      case SENT_TO_REVIEW -> "保全審査に送付済み";
      case NOT_SENT -> "保全審査に付さない";
      case UNDER_SECURITY_REVIEW -> "保全審査中";
      case PRIOR_NOTICE_ISSUED -> "事前通知済み（回答待ち）";
      case APPLICATION_MAINTAINED -> "出願維持の回答済み";
      case DESIGNATED -> "保全指定中";
      case NOT_DESIGNATED -> "保全指定なし";
      case LIFTED -> "保全指定解除";
      case EXPIRED -> "保全指定期間満了";
      case WITHDRAWN -> "取下げ";
      case DISMISSED -> "却下";
    };
  }

  static String of(ReviewRecordKind kind) {
    return switch (kind) {
      case MATERIALS_REQUEST -> "資料提出の求め";
      case MATERIALS_REPLY -> "資料の提出";
      case CONSULTATION -> "専門家等への意見聴取（内部）";
      case PRIOR_NOTICE -> "事前通知";
      case MAINTAINED -> "出願維持の回答";
      case DESIGNATION -> "保全指定";
      case EXTENSION -> "保全指定の延長";
      case NOT_DESIGNATED_NOTICE -> "保全指定をしない旨の通知";
      case LIFTING -> "保全指定の解除";
      case EXPIRY -> "保全指定の期間満了";
      case DISMISSAL -> "却下";
      case WITHDRAWAL -> "取下げ";
      case WORKING_PERMISSION_REQUEST -> "実施の許可の申請";
      case WORKING_PERMISSION_GRANTED -> "実施の許可";
      case WORKING_PERMISSION_REFUSED -> "実施の不許可";
      case SHARING_APPROVAL_REQUEST -> "発明共有事業者の変更の承認申請";
      case SHARING_APPROVED -> "発明共有の承認";
      case SHARING_REFUSED -> "発明共有の不承認";
      case SHARING_CHANGE_NOTIFIED -> "発明共有事業者に関する変更の届出";
      case MANAGEMENT_ATTESTATION -> "適正管理措置の届出";
      case INCIDENT_REPORT -> "漏えい等の報告";
      case INCIDENT_ACKNOWLEDGED -> "漏えい等の報告の確認";
    };
  }

  static String of(LossCause cause) {
    return switch (cause) {
      case WORKING_PERMISSION_REFUSED -> "実施の許可を受けられなかった";
      case WORKING_PERMISSION_CONDITIONS -> "実施の許可に条件が付された";
      case SHARING_REFUSED -> "発明の共有の承認を受けられなかった";
      case OTHER -> "その他";
    };
  }
}
