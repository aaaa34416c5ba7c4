package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Tells every applicant organisation's filers about their application (kind and number only). */
final class ApplicantNotices {
  private ApplicantNotices() {}

  static void tell(
      NotificationOutbox outbox,
      PatentApplication application,
      NotificationKind kind,
      LocalDate due,
      Instant now) {
    for (var organisation : application.applicants()) {
      outbox.publish(
          new NotificationDraft(
              kind,
              application.id(),
              CaseKind.PATENT_APPLICATION,
              application.number().value(),
              new Recipient.RoleInOrganisation(organisation, Role.FILER),
              Optional.ofNullable(due)),
          now);
    }
  }
}
