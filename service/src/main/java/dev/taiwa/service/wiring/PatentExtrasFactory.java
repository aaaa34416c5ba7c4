package dev.taiwa.service.wiring;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.compensation.application.CompensationCommands;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.compensation.port.CompensationClaims;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationCommands;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.confirmation.port.PriorConfirmations;
import dev.taiwa.cases.patent.link.application.PreReportLinkCommands;
import dev.taiwa.cases.patent.link.application.PreReportLinkQueries;
import dev.taiwa.cases.patent.link.port.PreReportLinks;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The use cases of Track B beyond the application itself: 事前確認, 損失補償, links. */
@Factory
final class PatentExtrasFactory {

  @Singleton
  PriorConfirmationQueries priorConfirmationQueries(
      PriorConfirmations store,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new PriorConfirmationQueries(store, grants, auditLog, unitOfWork, clock);
  }

  @Singleton
  CompensationQueries compensationQueries(CompensationClaims store, UnitOfWork unitOfWork) {
    return new CompensationQueries(store, unitOfWork);
  }

  @Singleton
  CompensationCommands compensationCommands(
      CompensationClaims store,
      PatentQueries applications,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CompensationCommands(store, applications, auditLog, unitOfWork, clock);
  }

  @Singleton
  PreReportLinkQueries preReportLinkQueries(
      PreReportLinks links,
      PreReportQueries preReports,
      PatentQueries applications,
      UnitOfWork unitOfWork) {
    return new PreReportLinkQueries(links, preReports, applications, unitOfWork);
  }

  @Singleton
  PreReportLinkCommands preReportLinkCommands(
      PreReportLinks links,
      PreReportQueries preReports,
      PatentQueries applications,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new PreReportLinkCommands(links, preReports, applications, auditLog, unitOfWork, clock);
  }

  @Singleton
  PriorConfirmationCommands priorConfirmationCommands(
      PriorConfirmations store,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      SpecifiedFieldCatalogue catalogue) {
    return new PriorConfirmationCommands(store, grants, auditLog, unitOfWork, clock, catalogue);
  }
}
