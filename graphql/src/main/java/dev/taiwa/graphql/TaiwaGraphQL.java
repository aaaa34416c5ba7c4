package dev.taiwa.graphql;

import dev.taiwa.cases.identity.application.People;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.graphql.access.AccessGrantMutationFetchers;
import dev.taiwa.graphql.access.AccessGrantQueryFetchers;
import dev.taiwa.graphql.admin.AdminMutationFetchers;
import dev.taiwa.graphql.admin.AdminQueryFetchers;
import dev.taiwa.graphql.audit.AuditFetchers;
import dev.taiwa.graphql.catalogue.CatalogueFetchers;
import dev.taiwa.graphql.catalogue.RequestCatalogue;
import dev.taiwa.graphql.deadline.DeadlineFetchers;
import dev.taiwa.graphql.deadline.DeadlineLoader;
import dev.taiwa.graphql.dialogue.CaseAssignmentFetchers;
import dev.taiwa.graphql.dialogue.DialogueFields;
import dev.taiwa.graphql.dialogue.DialogueLoader;
import dev.taiwa.graphql.dialogue.DialogueMutationFetchers;
import dev.taiwa.graphql.dialogue.DialogueQueueFetchers;
import dev.taiwa.graphql.document.DocumentFetchers;
import dev.taiwa.graphql.document.DocumentLoader;
import dev.taiwa.graphql.identity.IdentityFetchers;
import dev.taiwa.graphql.identity.OrganisationLoader;
import dev.taiwa.graphql.identity.PersonLoader;
import dev.taiwa.graphql.notification.NotificationFetchers;
import dev.taiwa.graphql.outcome.OutcomeFields;
import dev.taiwa.graphql.outcome.OutcomeLoader;
import dev.taiwa.graphql.outcome.OutcomeMutationFetchers;
import dev.taiwa.graphql.patent.PatentFields;
import dev.taiwa.graphql.patent.PatentMutationFetchers;
import dev.taiwa.graphql.patent.PatentQueryFetchers;
import dev.taiwa.graphql.patent.PatentReviewFields;
import dev.taiwa.graphql.patent.PatentReviewMutationFetchers;
import dev.taiwa.graphql.patent.PatentReviewQueryFetchers;
import dev.taiwa.graphql.patent.compensation.CompensationFetchers;
import dev.taiwa.graphql.patent.compensation.CompensationLoader;
import dev.taiwa.graphql.patent.confirmation.PriorConfirmationFetchers;
import dev.taiwa.graphql.patent.link.LinkFetchers;
import dev.taiwa.graphql.patent.link.LinkLoaders;
import dev.taiwa.graphql.patent.nonsending.NonSendingNoticeFetchers;
import dev.taiwa.graphql.patent.specifiedfield.SpecifiedFieldRevisionFetchers;
import dev.taiwa.graphql.prereport.ApplicabilityFetchers;
import dev.taiwa.graphql.prereport.PreReportFields;
import dev.taiwa.graphql.prereport.PreReportMutationFetchers;
import dev.taiwa.graphql.prereport.PreReportQueryFetchers;
import dev.taiwa.graphql.screening.ScreeningFetchers;
import dev.taiwa.graphql.statistics.StatisticsFetchers;
import dev.taiwa.graphql.support.CachedDocuments;
import dev.taiwa.graphql.support.DateScalar;
import dev.taiwa.graphql.support.DateTimeScalar;
import dev.taiwa.graphql.support.DirectProperties;
import dev.taiwa.graphql.support.MaskingExceptionHandler;
import dev.taiwa.graphql.support.OperationRules;
import dev.taiwa.graphql.support.QueryComplexityLimit;
import dev.taiwa.graphql.support.QueryCostLimit;
import dev.taiwa.graphql.support.QueryDepthLimit;
import dev.taiwa.graphql.support.RememberedLimits;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.RequestErrorCodes;
import dev.taiwa.graphql.support.RequestInstrumentation;
import dev.taiwa.graphql.support.RequestLoaders;
import dev.taiwa.graphql.support.SchemaFiles;
import dev.taiwa.graphql.support.SchemaWiring;
import dev.taiwa.graphql.support.SecrecyGuard;
import dev.taiwa.graphql.timeline.TimelineFields;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The public entry point of the API layer. Build the {@link GraphQL} engine once with {@link
 * #build}; for every request, {@link #prepare} the execution input with the caller's {@link Actor}
 * and a fresh DataLoader registry.
 */
public final class TaiwaGraphQL {
  private TaiwaGraphQL() {}

  /** The engine with {@link QueryLimits#defaults()}. */
  public static GraphQL build(TaiwaServices services, Executor blockingExecutor) {
    return build(services, blockingExecutor, QueryLimits.defaults());
  }

  /**
   * The engine: every fetcher that reaches a use case or port runs on {@code blockingExecutor};
   * unexpected exceptions are masked; queries beyond {@code limits} are refused unexecuted; every
   * error of a request (syntax, validation, coercion, limits) carries an {@code extensions.code}.
   */
  public static GraphQL build(
      TaiwaServices services, Executor blockingExecutor, QueryLimits limits) {
    return build(services, blockingExecutor, limits, UnaryOperator.identity());
  }

  /**
   * {@link #build(TaiwaServices, Executor, QueryLimits)}, with {@code failureTranslation} turning
   * infrastructure failures into domain exceptions (e.g. a database lock timeout into {@link
   * dev.taiwa.cases.kernel.StoreBusyException}, answered as {@code BUSY}) before they are masked.
   */
  public static GraphQL build(
      TaiwaServices services,
      Executor blockingExecutor,
      QueryLimits limits,
      UnaryOperator<Throwable> failureTranslation) {
    return GraphQL.newGraphQL(schema(services, blockingExecutor))
        .defaultDataFetcherExceptionHandler(new MaskingExceptionHandler(failureTranslation))
        .preparsedDocumentProvider(new CachedDocuments())
        .instrumentation(
            new RequestInstrumentation(
                List.of(
                    new OperationRules(),
                    new RememberedLimits(
                        List.of(
                            new QueryDepthLimit(limits.maxDepth()),
                            new QueryComplexityLimit(limits.maxComplexity()),
                            new QueryCostLimit(limits.maxCost()))),
                    new RequestErrorCodes())))
        .build();
  }

  /**
   * The executable schema: every SDL file merged once, wired in strict mode, the fields without a
   * fetcher read directly ({@link DirectProperties}), every field of every withheldable type behind
   * {@link SecrecyGuard}.
   */
  public static GraphQLSchema schema(TaiwaServices services, Executor blockingExecutor) {
    SchemaWiring wiring =
        new SchemaWiring()
            .scalar(DateScalar.DATE)
            .scalar(DateTimeScalar.DATE_TIME)
            .enumeration("ErrorCode", ErrorCode.class);
    new IdentityFetchers(
            services.userAccounts(),
            new People(services.userAccounts(), services.organisations()),
            blockingExecutor)
        .wire(wiring);
    new CatalogueFetchers(services.technologyCatalogue(), services.clock(), blockingExecutor)
        .wire(wiring);
    new PreReportQueryFetchers(services.preReportQueries(), blockingExecutor).wire(wiring);
    DocumentFetchers documents =
        new DocumentFetchers(
            services.documentCommands(), services.documentQueries(), blockingExecutor);
    ScreeningFetchers screening = new ScreeningFetchers(services.screening(), blockingExecutor);
    new PreReportFields(services.preReportQueries(), blockingExecutor)
        .wire(
            wiring,
            edges ->
                screening.preReportEdges(
                    documents.preReportEdges(
                        TimelineFields.preReportEdges(
                            LinkFetchers.preReportEdges(
                                DeadlineLoader.preReportEdges(
                                    OutcomeFields.preReportEdges(
                                        DialogueFields.preReportEdges(edges))))))));
    new PreReportMutationFetchers(
            services.preReportCommands(),
            services.preReportQueries(),
            services.onceOnly(),
            blockingExecutor)
        .wire(wiring);
    new ApplicabilityFetchers(services.applicabilityCheck(), services.clock(), blockingExecutor)
        .wire(wiring);
    new AuditFetchers(services.auditTrail(), blockingExecutor).wire(wiring);
    new AccessGrantQueryFetchers(services.accessGrantQueries(), services.clock(), blockingExecutor)
        .wire(wiring);
    new AccessGrantMutationFetchers(
            services.accessGrantCommands(), services.clock(), blockingExecutor)
        .wire(wiring);
    new AdminQueryFetchers(
            services.accountAdministration(),
            services.organisationAdministration(),
            blockingExecutor)
        .wire(wiring);
    new AdminMutationFetchers(
            services.accountAdministration(),
            services.organisationAdministration(),
            services.onceOnly(),
            blockingExecutor)
        .wire(wiring);
    new DialogueFields().wire(wiring);
    new DialogueMutationFetchers(
            services.dialogueCommands(),
            services.dialogueQueries(),
            services.onceOnly(),
            blockingExecutor)
        .wire(wiring);
    new CaseAssignmentFetchers(services.caseAssignment(), blockingExecutor).wire(wiring);
    new DialogueQueueFetchers(services.dialogueQueues(), blockingExecutor).wire(wiring);
    new StatisticsFetchers(services.statistics(), blockingExecutor).wire(wiring);
    new PatentQueryFetchers(
            services.patentQueries(),
            services.screeningWorkbench(),
            services.specifiedFields(),
            services.clock(),
            blockingExecutor)
        .wire(wiring);
    PatentReviewFields reviewFields = new PatentReviewFields();
    new PatentFields(services.patentQueries(), reviewFields)
        .wire(
            wiring,
            type -> {
              CompensationFetchers.applicationEdges(type);
              LinkFetchers.applicationEdges(type);
              NonSendingNoticeFetchers.applicationEdges(type);
              return documents.patentEdges(DeadlineLoader.patentEdges(type));
            });
    new PatentMutationFetchers(
            services.patentCommands(),
            services.patentQueries(),
            services.onceOnly(),
            blockingExecutor)
        .wire(wiring);
    reviewFields.wire(wiring);
    new PatentReviewQueryFetchers(services.patentReviewQueries(), blockingExecutor).wire(wiring);
    new PatentReviewMutationFetchers(services.patentReviewCommands(), blockingExecutor)
        .wire(wiring);
    OutcomeFields.wire(wiring);
    new OutcomeMutationFetchers(
            services.dialogueOutcomes(),
            services.dialogueQueries(),
            services.onceOnly(),
            blockingExecutor)
        .wire(wiring);
    new DeadlineFetchers(services.deadlineQueries(), blockingExecutor).wire(wiring);
    new NotificationFetchers(services.notificationFeed(), blockingExecutor).wire(wiring);
    new PriorConfirmationFetchers(
            services.patentExtras().priorConfirmationCommands(),
            services.patentExtras().priorConfirmationQueries(),
            services.onceOnly(),
            blockingExecutor)
        .wire(wiring, documents::priorConfirmationEdges);
    new CompensationFetchers(
            services.patentExtras().compensationCommands(),
            services.patentExtras().compensationQueries(),
            services.onceOnly(),
            blockingExecutor)
        .wire(wiring);
    new LinkFetchers(services.patentExtras().preReportLinkCommands(), blockingExecutor)
        .wire(wiring);
    new NonSendingNoticeFetchers(services.nonSendingNotices(), blockingExecutor).wire(wiring);
    documents.wire(wiring);
    new SpecifiedFieldRevisionFetchers(services.specifiedFieldRevisions(), blockingExecutor)
        .wire(wiring);
    screening.wire(wiring);
    new dev.taiwa.graphql.view.SavedViewFetchers(
            services.savedViews(), services.preReportQueries(), blockingExecutor)
        .wire(wiring);
    wiring
        .enumeration("PreReportSort", dev.taiwa.cases.prereport.port.PreReportSort.class)
        .enumeration("SortDirection", dev.taiwa.cases.prereport.port.SortDirection.class);
    return SecrecyGuard.apply(
        DirectProperties.apply(
            new SchemaGenerator().makeExecutableSchema(SchemaFiles.load(), wiring.build())));
  }

  /**
   * Marks a request read-only (HTTP GET): it may run queries only; a mutation is refused with
   * {@code extensions.code} METHOD_NOT_ALLOWED before anything runs.
   */
  public static ExecutionInput.Builder readOnly(ExecutionInput.Builder input) {
    return input.graphQLContext(context -> context.put(OperationRules.READ_ONLY, true));
  }

  /**
   * Prepares one request: puts {@code actor} (null for an anonymous request, which every field
   * refuses with UNAUTHENTICATED) into the GraphQLContext and registers a new DataLoader registry
   * whose batch loaders carry the actor and complete on {@code blockingExecutor}; each loader is
   * made when the request first asks for it ({@link RequestLoaders}).
   */
  public static ExecutionInput.Builder prepare(
      ExecutionInput.Builder input,
      Actor actor,
      TaiwaServices services,
      Executor blockingExecutor) {
    RequestLoaders loaders =
        new RequestLoaders()
            .register(
                OrganisationLoader.NAME,
                () -> OrganisationLoader.create(services.organisations(), blockingExecutor, actor))
            .register(
                PersonLoader.NAME,
                () ->
                    PersonLoader.create(
                        new People(services.userAccounts(), services.organisations()),
                        blockingExecutor,
                        actor))
            .register(
                DialogueLoader.MEETINGS,
                () -> DialogueLoader.meetings(services.dialogueQueries(), blockingExecutor, actor))
            .register(
                DialogueLoader.CONCERNS,
                () -> DialogueLoader.concerns(services.dialogueQueries(), blockingExecutor, actor))
            .register(
                DialogueLoader.CASE_OFFICERS,
                () ->
                    DialogueLoader.caseOfficers(services.caseAssignment(), blockingExecutor, actor))
            .register(
                DialogueLoader.CASE_OFFICER_PEOPLE,
                () ->
                    DialogueLoader.caseOfficerPeople(
                        services.caseAssignment(),
                        new People(services.userAccounts(), services.organisations()),
                        blockingExecutor,
                        actor))
            .register(
                TimelineFields.NAME,
                () -> TimelineFields.loader(services.caseTimeline(), blockingExecutor, actor))
            .register(
                DeadlineLoader.NAME,
                () -> DeadlineLoader.create(services.deadlineQueries(), blockingExecutor, actor))
            .register(
                DocumentLoader.NAME,
                () -> DocumentLoader.create(services.documentQueries(), blockingExecutor, actor))
            .register(
                CompensationLoader.NAME,
                () ->
                    CompensationLoader.create(
                        services.patentExtras().compensationQueries(), blockingExecutor, actor))
            .register(
                LinkLoaders.OF_PRE_REPORTS,
                () ->
                    LinkLoaders.create(
                        services.patentExtras().preReportLinkQueries()::applicationsOf,
                        blockingExecutor,
                        actor))
            .register(
                LinkLoaders.OF_APPLICATIONS,
                () ->
                    LinkLoaders.create(
                        services.patentExtras().preReportLinkQueries()::preReportsOf,
                        blockingExecutor,
                        actor));
    loaders.register(
        NonSendingNoticeFetchers.NAME,
        () ->
            NonSendingNoticeFetchers.loader(services.nonSendingNotices(), blockingExecutor, actor));
    PatentReviewFields.register(loaders, services.patentReviewQueries(), blockingExecutor, actor);
    OutcomeLoader.register(
        loaders, services.dialogueOutcomes(), services.dialogueQueries(), blockingExecutor, actor);
    return input
        .graphQLContext(
            context -> {
              RequestActor.put(context, actor);
              RequestCatalogue.put(context, services.technologyCatalogue());
            })
        .dataLoaderRegistry(loaders);
  }
}
