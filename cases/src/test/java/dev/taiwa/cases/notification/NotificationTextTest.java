package dev.taiwa.cases.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTextTest {
  private static Notification of(NotificationKind kind, Optional<LocalDate> due) {
    return new Notification(
        UUID.randomUUID(),
        kind,
        CaseId.random(),
        CaseKind.PRE_REPORT,
        "PR-2026-000123",
        due,
        Instant.parse("2026-11-22T01:00:00Z"),
        false);
  }

  @Test
  void theTextNamesTheKindAndTheCaseReferenceInJapaneseAndEnglish() {
    Notification query = of(NotificationKind.QUERY_ASKED, Optional.empty());

    assertEquals("PR-2026-000123 に照会がありました", query.textJa());
    assertEquals("A query was raised on PR-2026-000123", query.textEn());
  }

  @Test
  void aDeadlineReminderGivesItsDueDate() {
    Notification reminder =
        of(NotificationKind.DEADLINE_IN_1_WORKING_DAY, Optional.of(LocalDate.of(2027, 1, 4)));

    assertEquals("PR-2026-000123 の期限まであと1開庁日です（期限 2027-01-04）", reminder.textJa());
    assertEquals(
        "A deadline of PR-2026-000123 is 1 working day away (due 2027-01-04)", reminder.textEn());
  }

  @Test
  void anExpiredDesignationGivesTheExaminationRequestDeadlineThatFollows() {
    Notification expired =
        of(NotificationKind.PATENT_DESIGNATION_EXPIRED, Optional.of(LocalDate.of(2027, 6, 3)));

    assertEquals(
        "PR-2026-000123 の保全指定の期間が満了しました。出願審査の請求期限にご注意ください（期限 2027-06-03）", expired.textJa());
    assertEquals(
        "The designation of PR-2026-000123 expired; request examination (due 2027-06-03)",
        expired.textEn());
  }
}
