package dev.taiwa.graphql;

import dev.taiwa.cases.access.application.AccessGrantCommands;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.dialogue.application.DialogueCommands;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.application.DialogueQueueQueries;
import dev.taiwa.cases.document.application.DocumentCommands;
import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.identity.application.AccountAdministration;
import dev.taiwa.cases.identity.application.OrganisationAdministration;
import dev.taiwa.cases.notification.application.NotificationFeed;
import dev.taiwa.cases.patent.application.NonSendingNoticeCommands;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewCommands;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.ScreeningWorkbenchQuery;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.catalogue.application.SpecifiedFieldRevisionCommands;
import dev.taiwa.cases.prereport.application.ApplicabilityCheck;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.statistics.application.StatisticsQueries;
import dev.taiwa.cases.view.SavedViewUseCases;
import dev.taiwa.graphql.outcome.DialogueOutcomeServices;
import dev.taiwa.graphql.patent.PatentExtraServices;
import dev.taiwa.graphql.screening.ScreeningServices;
import java.time.Clock;
import java.util.Objects;

/** The use cases and ports the API calls; the service module builds them and hands them over. */
public record TaiwaServices(
    PreReportCommands preReportCommands,
    PreReportQueries preReportQueries,
    ApplicabilityCheck applicabilityCheck,
    TechnologyCatalogue technologyCatalogue,
    AuditTrail auditTrail,
    Organisations organisations,
    UserAccounts userAccounts,
    Clock clock,
    AccessGrantCommands accessGrantCommands,
    AccessGrantQueries accessGrantQueries,
    AccountAdministration accountAdministration,
    OrganisationAdministration organisationAdministration,
    DialogueCommands dialogueCommands,
    DialogueQueries dialogueQueries,
    CaseAssignment caseAssignment,
    PatentCommands patentCommands,
    PatentQueries patentQueries,
    ScreeningWorkbenchQuery screeningWorkbench,
    SpecifiedFieldCatalogue specifiedFields,
    PatentReviewCommands patentReviewCommands,
    PatentReviewQueries patentReviewQueries,
    DialogueOutcomeServices dialogueOutcomes,
    DeadlineQueries deadlineQueries,
    NotificationFeed notificationFeed,
    PatentExtraServices patentExtras,
    DialogueQueueQueries dialogueQueues,
    NonSendingNoticeCommands nonSendingNotices,
    CaseTimeline caseTimeline,
    DocumentCommands documentCommands,
    DocumentQueries documentQueries,
    SpecifiedFieldRevisionCommands specifiedFieldRevisions,
    OnceOnly onceOnly,
    ScreeningServices screening,
    StatisticsQueries statistics,
    SavedViewUseCases savedViews) {
  public TaiwaServices {
    Objects.requireNonNull(preReportCommands, "pre-report commands");
    Objects.requireNonNull(preReportQueries, "pre-report queries");
    Objects.requireNonNull(applicabilityCheck, "applicability check");
    Objects.requireNonNull(technologyCatalogue, "technology catalogue");
    Objects.requireNonNull(auditTrail, "audit trail");
    Objects.requireNonNull(organisations, "organisations");
    Objects.requireNonNull(userAccounts, "user accounts");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(accessGrantCommands, "access grant commands");
    Objects.requireNonNull(accessGrantQueries, "access grant queries");
    Objects.requireNonNull(accountAdministration, "account administration");
    Objects.requireNonNull(organisationAdministration, "organisation administration");
    Objects.requireNonNull(dialogueCommands, "dialogue commands");
    Objects.requireNonNull(dialogueQueries, "dialogue queries");
    Objects.requireNonNull(caseAssignment, "case assignment");
    Objects.requireNonNull(patentCommands, "patent commands");
    Objects.requireNonNull(patentQueries, "patent queries");
    Objects.requireNonNull(screeningWorkbench, "screening workbench");
    Objects.requireNonNull(specifiedFields, "specified fields");
    Objects.requireNonNull(patentReviewCommands, "patent review commands");
    Objects.requireNonNull(patentReviewQueries, "patent review queries");
    Objects.requireNonNull(dialogueOutcomes, "dialogue outcomes");
    Objects.requireNonNull(deadlineQueries, "deadline queries");
    Objects.requireNonNull(notificationFeed, "notification feed");
    Objects.requireNonNull(patentExtras, "patent extras");
    Objects.requireNonNull(dialogueQueues, "dialogue queues");
    Objects.requireNonNull(nonSendingNotices, "non-sending notices");
    Objects.requireNonNull(caseTimeline, "case timeline");
    Objects.requireNonNull(documentCommands, "document commands");
    Objects.requireNonNull(documentQueries, "document queries");
    Objects.requireNonNull(specifiedFieldRevisions, "specified field revisions");
    Objects.requireNonNull(onceOnly, "once only");
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(savedViews, "saved views");
  }
}
