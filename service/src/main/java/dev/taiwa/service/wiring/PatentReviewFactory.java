package dev.taiwa.service.wiring;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.patent.application.DesignationExpiry;
import dev.taiwa.cases.patent.application.PatentReviewCommands;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The Track B security-review and designation use cases. */
@Factory
final class PatentReviewFactory {

  @Singleton
  PatentReviewCommands patentReviewCommands(
      PatentApplications applications,
      PatentReviewRecords records,
      AccessGrantQueries grants,
      DeadlineLedger ledger,
      NotificationOutbox outbox,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new PatentReviewCommands(
        applications, records, grants, ledger, outbox, auditLog, unitOfWork, clock);
  }

  /**
   * {@code taiwa.rules.patent.decision-target-ends-ban}: whether the foreign-filing ban of an
   * application under review ends once {@code patent.reviewDecisionTargetMonths} from filing have
   * passed without designation (unconfirmed wording of the guidance; default true).
   */
  @Singleton
  PatentReviewQueries patentReviewQueries(
      PatentApplications applications,
      PatentReviewRecords records,
      DeadlineLedger ledger,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      @Value("${taiwa.rules.patent.decision-target-ends-ban:true}") boolean decisionTargetEndsBan) {
    return new PatentReviewQueries(
        applications, records, ledger, grants, auditLog, unitOfWork, clock, decisionTargetEndsBan);
  }

  @Singleton
  DesignationExpiry designationExpiry(
      PatentApplications applications,
      PatentReviewRecords records,
      PatentReviewCommands commands,
      Clock clock) {
    return new DesignationExpiry(applications, records, commands, clock);
  }
}
