package dev.taiwa.service.wiring;

import dev.taiwa.cases.access.application.AccessGrantCommands;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.access.port.AccessGrants;
import dev.taiwa.cases.access.port.KnownCases;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.catalogue.GroupACountries;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.catalogue.TechnologyRevisionWriter;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.catalogue.application.CatalogueCommands;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.dialogue.application.CompanyQueryCommands;
import dev.taiwa.cases.dialogue.application.DialogueCommands;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.application.DialogueQueueQueries;
import dev.taiwa.cases.dialogue.port.CaseOfficers;
import dev.taiwa.cases.dialogue.port.CompanyQueries;
import dev.taiwa.cases.dialogue.port.Concerns;
import dev.taiwa.cases.dialogue.port.DialogueQueues;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.document.application.DocumentCaseSources;
import dev.taiwa.cases.document.application.DocumentCommands;
import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.document.application.NoticeSettings;
import dev.taiwa.cases.document.port.DocumentNumbers;
import dev.taiwa.cases.document.port.DocumentRenderer;
import dev.taiwa.cases.document.port.DocumentSnapshots;
import dev.taiwa.cases.document.port.IssuedDocuments;
import dev.taiwa.cases.identity.LoginFailures;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.PasswordHashing;
import dev.taiwa.cases.identity.RefreshTokens;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.identity.application.AccountAdministration;
import dev.taiwa.cases.identity.application.LoginAttempts;
import dev.taiwa.cases.identity.application.OrganisationAdministration;
import dev.taiwa.cases.identity.application.RefreshTokenGrants;
import dev.taiwa.cases.inform.application.InformCommands;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.inform.port.Informs;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.outcome.application.CaseConclusions;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import dev.taiwa.cases.patent.application.NonSendingNoticeCommands;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.ScreeningWorkbenchQuery;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevisions;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.catalogue.application.SpecifiedFieldRevisionCommands;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.nonsending.port.NonSendingNotices;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.prereport.application.ApplicabilityCheck;
import dev.taiwa.cases.prereport.application.CaseMoves;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.port.AfterSubmission;
import dev.taiwa.cases.prereport.port.Outcomes;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import dev.taiwa.cases.secrecy.WithheldCases;
import dev.taiwa.cases.statistics.application.StatisticsQueries;
import dev.taiwa.cases.statistics.port.Statistics;
import dev.taiwa.service.document.AppealInstructionConfiguration;
import dev.taiwa.service.document.DocumentIssuersConfiguration;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the framework-free use cases of {@code cases} from the service's port adapters. */
@Factory
final class UseCaseFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  TechnologyCatalogue technologyCatalogue(TechnologyRevisions revisions) {
    return new TechnologyCatalogue(revisions);
  }

  @Singleton
  CatalogueCommands catalogueCommands(
      TechnologyRevisions revisions,
      TechnologyRevisionWriter writer,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CatalogueCommands(revisions, writer, auditLog, unitOfWork, clock);
  }

  @Singleton
  PreReportCommands preReportCommands(
      PreReports preReports,
      ReferenceNumbers referenceNumbers,
      TechnologyRevisions revisions,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      RulesConfiguration rules,
      StageTargets stageTargets,
      Outcomes outcomes,
      AfterSubmission afterSubmission) {
    return new PreReportCommands(
        preReports,
        referenceNumbers,
        revisions,
        auditLog,
        unitOfWork,
        clock,
        rules.preReportRules(),
        stageTargets,
        outcomes,
        afterSubmission);
  }

  @Singleton
  StageTargets stageTargets(DeadlineLedger ledger) {
    return new StageTargets(ledger);
  }

  @Singleton
  CaseMoves caseMoves(
      PreReports preReports,
      StageTargets stageTargets,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CaseMoves(preReports, stageTargets, auditLog, unitOfWork, clock);
  }

  @Singleton
  CaseConclusions caseConclusions(CaseMoves moves, Outcomes outcomes) {
    return new CaseConclusions(moves, outcomes);
  }

  @Singleton
  OutcomeQueries outcomeQueries(Outcomes outcomes) {
    return new OutcomeQueries(outcomes);
  }

  @Singleton
  InformCommands informCommands(
      CaseMoves moves, DialogueQueries dialogue, Informs informs, NotificationOutbox outbox) {
    return new InformCommands(moves, dialogue, informs, outbox);
  }

  @Singleton
  InformQueries informQueries(Informs informs) {
    return new InformQueries(informs);
  }

  @Singleton
  CompanyQueryCommands companyQueryCommands(
      PreReports preReports,
      CompanyQueries queries,
      CaseOfficers caseOfficers,
      DeadlineLedger ledger,
      NotificationOutbox outbox,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CompanyQueryCommands(
        preReports, queries, caseOfficers, ledger, outbox, auditLog, unitOfWork, clock);
  }

  @Singleton
  SpecifiedFieldCatalogue specifiedFieldCatalogue(IpcMappingRevisions recorded) {
    return SpecifiedFieldCatalogue.standardWith(recorded);
  }

  @Singleton
  SpecifiedFieldRevisionCommands specifiedFieldRevisionCommands(
      SpecifiedFieldCatalogue catalogue,
      IpcMappingRevisions recorded,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new SpecifiedFieldRevisionCommands(catalogue, recorded, auditLog, unitOfWork, clock);
  }

  @Singleton
  PatentQueries patentQueries(
      PatentApplications applications,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new PatentQueries(applications, grants, auditLog, unitOfWork, clock);
  }

  @Singleton
  PatentCommands patentCommands(
      PatentApplications applications,
      Organisations organisations,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      PatentRulesConfiguration rules,
      SpecifiedFieldCatalogue catalogue,
      DeadlineLedger ledger,
      NonSendingNotices notices,
      NotificationOutbox outbox) {
    return new PatentCommands(
        applications,
        organisations,
        grants,
        auditLog,
        unitOfWork,
        clock,
        rules.screeningRules(),
        catalogue,
        ledger,
        notices,
        outbox);
  }

  @Singleton
  NonSendingNoticeCommands nonSendingNoticeCommands(
      PatentApplications applications,
      NonSendingNotices notices,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new NonSendingNoticeCommands(applications, notices, grants, auditLog, unitOfWork, clock);
  }

  @Singleton
  ScreeningWorkbenchQuery screeningWorkbenchQuery(
      PatentQueries queries, SpecifiedFieldCatalogue catalogue) {
    return new ScreeningWorkbenchQuery(queries, catalogue);
  }

  @Singleton
  PreReportQueries preReportQueries(PreReports preReports) {
    return new PreReportQueries(preReports);
  }

  @Singleton
  ApplicabilityCheck applicabilityCheck(
      TechnologyCatalogue catalogue, GroupACountries groupA, RulesConfiguration rules) {
    return new ApplicabilityCheck(catalogue, groupA, rules.preReportRules());
  }

  /**
   * The audit trail of a case is shown to officials only for cases they may see themselves: for now
   * every case is a pre-report, so the pre-report access rules decide.
   */
  @Singleton
  AuditTrail auditTrail(
      AuditLog auditLog, PreReportQueries preReports, WithheldCases withheld, Clock clock) {
    return new AuditTrail(
        auditLog, (actor, caseId) -> preReports.find(actor, caseId).isPresent(), withheld, clock);
  }

  /**
   * A case's timeline follows the pre-report's access rules; actors are labelled by the roles their
   * accounts hold now.
   */
  @Singleton
  CaseTimeline caseTimeline(
      AuditLog auditLog, PreReportQueries preReports, UserAccounts users, WithheldCases withheld) {
    return new CaseTimeline(
        auditLog, new PreReportCaseVisibility(preReports), new AccountRoles(users), withheld);
  }

  @Singleton
  AccessGrantCommands accessGrantCommands(
      AccessGrants grants,
      KnownCases cases,
      UserAccounts users,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      GrantRulesConfiguration rules) {
    return new AccessGrantCommands(
        grants, cases, users, auditLog, unitOfWork, clock, rules.grantRules());
  }

  @Singleton
  AccessGrantQueries accessGrantQueries(AccessGrants grants, Clock clock) {
    return new AccessGrantQueries(grants, clock);
  }

  @Singleton
  AccountAdministration accountAdministration(
      UserAccounts users,
      Organisations organisations,
      PasswordHashing hashing,
      LoginFailures loginFailures,
      RefreshTokens refreshTokens,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new AccountAdministration(
        users, organisations, hashing, loginFailures, refreshTokens, auditLog, unitOfWork, clock);
  }

  @Singleton
  OrganisationAdministration organisationAdministration(
      Organisations organisations, AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
    return new OrganisationAdministration(organisations, auditLog, unitOfWork, clock);
  }

  @Singleton
  LoginAttempts loginAttempts(
      UserAccounts users,
      LoginFailures loginFailures,
      PasswordHashing hashing,
      SecurityConfiguration security,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new LoginAttempts(
        users, loginFailures, hashing, security.lockoutPolicy(), auditLog, unitOfWork, clock);
  }

  @Singleton
  RefreshTokenGrants refreshTokenGrants(
      RefreshTokens refreshTokens,
      UserAccounts users,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      SecurityConfiguration security) {
    return new RefreshTokenGrants(
        refreshTokens, users, auditLog, unitOfWork, clock, security.refreshTokenLifetime());
  }

  @Singleton
  DialogueCommands dialogueCommands(
      PreReports preReports,
      Meetings meetings,
      Concerns concerns,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      StageTargets stageTargets,
      NotificationOutbox outbox) {
    return new DialogueCommands(
        preReports, meetings, concerns, auditLog, unitOfWork, clock, stageTargets, outbox);
  }

  @Singleton
  DialogueQueries dialogueQueries(
      PreReports preReports, Meetings meetings, Concerns concerns, CompanyQueries queries) {
    return new DialogueQueries(preReports, meetings, concerns, queries);
  }

  @Singleton
  CaseAssignment caseAssignment(
      PreReports preReports,
      CaseOfficers caseOfficers,
      UserAccounts users,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CaseAssignment(preReports, caseOfficers, users, auditLog, unitOfWork, clock);
  }

  @Singleton
  DialogueQueueQueries dialogueQueueQueries(DialogueQueues queues, Clock clock) {
    return new DialogueQueueQueries(queues, clock);
  }

  @Singleton
  StatisticsQueries statisticsQueries(Statistics statistics, Clock clock) {
    return new StatisticsQueries(statistics, clock);
  }

  @Singleton
  dev.taiwa.cases.view.SavedViewUseCases savedViewUseCases(
      dev.taiwa.cases.view.SavedViews views, Clock clock) {
    return new dev.taiwa.cases.view.SavedViewUseCases(views, clock);
  }

  @Singleton
  DocumentCaseSources documentCaseSources(
      PreReports preReports,
      PatentQueries patents,
      PriorConfirmationQueries confirmations,
      Meetings meetings,
      AuditTrail auditTrail,
      Organisations organisations,
      DialogueQueries concerns,
      InformQueries informs,
      OutcomeQueries outcomes,
      PatentReviewQueries review) {
    return new DocumentCaseSources(
        preReports,
        patents,
        confirmations,
        meetings,
        auditTrail,
        organisations,
        new DocumentCaseSources.DialogueReads(concerns, informs, outcomes),
        review);
  }

  @Singleton
  DocumentCommands documentCommands(
      DocumentCaseSources sources,
      IssuedDocuments documents,
      DocumentRenderer renderer,
      DocumentSnapshots snapshots,
      DocumentNumbers numbers,
      DocumentIssuersConfiguration issuers,
      AppealInstructionConfiguration appeal,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new DocumentCommands(
        sources,
        documents,
        renderer,
        snapshots,
        numbers,
        new NoticeSettings(issuers.issuers(), appeal.instruction()),
        auditLog,
        unitOfWork,
        clock);
  }

  @Singleton
  DocumentQueries documentQueries(
      DocumentCaseSources sources,
      IssuedDocuments documents,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new DocumentQueries(sources, documents, auditLog, unitOfWork, clock);
  }
}
