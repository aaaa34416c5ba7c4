package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;

/**
 * The lifting of a designation (保全指定の解除) is recorded when its notice has been given: the notice
 * date lies neither in the future nor before the designation day. The notice date starts the
 * examination-request period of ESPA Art. 82 and opens the foreign-filing gate (Art. 78), so a date
 * still to come would date both from a notice nobody has received. (The article of the lifting
 * itself is not confirmed by our sources.)
 */
public final class LiftingNoticeDate {
  public static final String LEGAL_REFERENCE = "経済安全保障推進法第82条（解除の通知日から出願審査請求期間を数える）";

  private LiftingNoticeDate() {}

  /** What is wrong with {@code noticeDate} for a designation made on {@code designatedOn}. */
  public static List<Rejection> problems(
      LocalDate noticeDate, LocalDate designatedOn, LocalDate today) {
    if (noticeDate == null) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, "noticeDate", "通知日は必須です"));
    }
    if (noticeDate.isAfter(today)) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "noticeDate",
              "解除の通知日に将来の日付（" + noticeDate + "）は指定できません。通知した日に記録してください"));
    }
    if (designatedOn != null && noticeDate.isBefore(designatedOn)) {
      return List.of(
          Rejection.onField(ErrorCode.INVALID_VALUE, "noticeDate", "通知日は保全指定の日以降としてください"));
    }
    return List.of();
  }
}
