package dev.taiwa.service.graphql;

import dev.taiwa.cases.access.application.AccessGrantCommands;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.dialogue.application.CompanyQueryCommands;
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
import dev.taiwa.cases.inform.application.InformCommands;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.notification.application.NotificationFeed;
import dev.taiwa.cases.outcome.application.CaseConclusions;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import dev.taiwa.cases.patent.application.NonSendingNoticeCommands;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewCommands;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.ScreeningWorkbenchQuery;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.catalogue.application.SpecifiedFieldRevisionCommands;
import dev.taiwa.cases.patent.compensation.application.CompensationCommands;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationCommands;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.link.application.PreReportLinkCommands;
import dev.taiwa.cases.patent.link.application.PreReportLinkQueries;
import dev.taiwa.cases.prereport.application.ApplicabilityCheck;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.screening.application.CaseScreeningCommands;
import dev.taiwa.cases.screening.application.CounterpartyScreening;
import dev.taiwa.cases.screening.application.ScreeningListCommands;
import dev.taiwa.cases.statistics.application.StatisticsQueries;
import dev.taiwa.graphql.QueryLimits;
import dev.taiwa.graphql.TaiwaGraphQL;
import dev.taiwa.graphql.TaiwaServices;
import dev.taiwa.graphql.outcome.DialogueOutcomeServices;
import dev.taiwa.graphql.patent.PatentExtraServices;
import dev.taiwa.graphql.screening.ScreeningServices;
import graphql.GraphQL;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.UnaryOperator;

/** Builds the one {@link GraphQL} instance micronaut-graphql serves at /graphql. */
@Factory
final class GraphQLFactory {
  /**
   * The bean (provided by the persistence adapters) that turns a database's raw lock timeout into a
   * {@link dev.taiwa.cases.kernel.StoreBusyException}, for failures outside a unit of work.
   */
  static final String STORE_FAILURES = "store-failures";

  @Singleton
  TaiwaServices taiwaServices(
      PreReportCommands commands,
      PreReportQueries queries,
      ApplicabilityCheck applicability,
      TechnologyCatalogue catalogue,
      AuditTrail auditTrail,
      Organisations organisations,
      UserAccounts users,
      Clock clock,
      AccessGrantCommands grantCommands,
      AccessGrantQueries grantQueries,
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
      CompanyQueryCommands queryCommands,
      CaseConclusions conclusions,
      InformCommands informCommands,
      InformQueries informQueries,
      OutcomeQueries outcomeQueries,
      DeadlineQueries deadlineQueries,
      NotificationFeed notificationFeed,
      PriorConfirmationCommands priorConfirmationCommands,
      PriorConfirmationQueries priorConfirmationQueries,
      CompensationCommands compensationCommands,
      CompensationQueries compensationQueries,
      PreReportLinkCommands preReportLinkCommands,
      PreReportLinkQueries preReportLinkQueries,
      DialogueQueueQueries dialogueQueues,
      NonSendingNoticeCommands nonSendingNotices,
      CaseTimeline caseTimeline,
      DocumentCommands documentCommands,
      DocumentQueries documentQueries,
      SpecifiedFieldRevisionCommands specifiedFieldRevisions,
      OnceOnly onceOnly,
      ScreeningListCommands screeningLists,
      CounterpartyScreening counterpartyScreening,
      CaseScreeningCommands caseScreenings,
      dev.taiwa.cases.screening.application.ListRescreen listRescreen,
      StatisticsQueries statistics,
      dev.taiwa.cases.view.SavedViewUseCases savedViews) {
    return new TaiwaServices(
        commands,
        queries,
        applicability,
        catalogue,
        auditTrail,
        organisations,
        users,
        clock,
        grantCommands,
        grantQueries,
        accountAdministration,
        organisationAdministration,
        dialogueCommands,
        dialogueQueries,
        caseAssignment,
        patentCommands,
        patentQueries,
        screeningWorkbench,
        specifiedFields,
        patentReviewCommands,
        patentReviewQueries,
        new DialogueOutcomeServices(
            queryCommands, conclusions, informCommands, informQueries, outcomeQueries),
        deadlineQueries,
        notificationFeed,
        new PatentExtraServices(
            priorConfirmationCommands,
            priorConfirmationQueries,
            compensationCommands,
            compensationQueries,
            preReportLinkCommands,
            preReportLinkQueries),
        dialogueQueues,
        nonSendingNotices,
        caseTimeline,
        documentCommands,
        documentQueries,
        specifiedFieldRevisions,
        onceOnly,
        new ScreeningServices(screeningLists, counterpartyScreening, caseScreenings, listRescreen),
        statistics,
        savedViews);
  }

  @Singleton
  GraphQL graphQL(
      TaiwaServices services,
      @Named(STORE_FAILURES) UnaryOperator<Throwable> storeFailures,
      @Value("${taiwa.graphql.max-depth:15}") int maxDepth,
      @Value("${taiwa.graphql.max-complexity:1000}") int maxComplexity,
      @Value("${taiwa.graphql.max-cost:10000}") int maxCost) {
    return TaiwaGraphQL.build(
        services,
        OnRequestThread.INSTANCE,
        new QueryLimits(maxDepth, maxComplexity, maxCost),
        storeFailures);
  }
}
