package dev.taiwa.graphql;

import static org.mockito.Mockito.mock;

import dev.taiwa.cases.access.application.AccessGrantCommands;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.dialogue.application.CompanyQueryCommands;
import dev.taiwa.cases.dialogue.application.DialogueCommands;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.application.DialogueQueueQueries;
import dev.taiwa.cases.document.application.DocumentCommands;
import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.identity.application.AccountAdministration;
import dev.taiwa.cases.identity.application.OrganisationAdministration;
import dev.taiwa.cases.inform.application.InformCommands;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.notification.application.NotificationFeed;
import dev.taiwa.cases.outcome.application.CaseConclusions;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewCommands;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.ScreeningWorkbenchQuery;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.compensation.application.CompensationCommands;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationCommands;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.link.application.PreReportLinkCommands;
import dev.taiwa.cases.patent.link.application.PreReportLinkQueries;
import dev.taiwa.cases.prereport.application.ApplicabilityCheck;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.graphql.outcome.DialogueOutcomeServices;
import dev.taiwa.graphql.patent.PatentExtraServices;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API over mocked use cases and in-memory ports, with a real two-thread "blocking" executor
 * whose threads are named {@code blocking-N}.
 */
final class ApiHarness implements AutoCloseable {
  /**
   * 2026-01-01 00:30 in Tokyo, the day the fixtures' second list takes effect, but still 2025-12-31
   * in UTC.
   */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-31T15:30:00Z"), ZoneOffset.UTC);

  final PreReportCommands commands = mock(PreReportCommands.class);
  final PreReportQueries queries = mock(PreReportQueries.class);
  final ApplicabilityCheck applicability = mock(ApplicabilityCheck.class);
  final AuditTrail auditTrail = mock(AuditTrail.class);
  final CaseTimeline caseTimeline = mock(CaseTimeline.class);
  final AccessGrantCommands grantCommands = mock(AccessGrantCommands.class);
  final AccessGrantQueries grantQueries = mock(AccessGrantQueries.class);
  final AccountAdministration accountAdministration = mock(AccountAdministration.class);
  final OrganisationAdministration organisationAdministration =
      mock(OrganisationAdministration.class);
  final DialogueCommands dialogueCommands = mock(DialogueCommands.class);
  final DialogueQueries dialogueQueries = mock(DialogueQueries.class);
  final CaseAssignment caseAssignment = mock(CaseAssignment.class);
  final PatentCommands patentCommands = mock(PatentCommands.class);
  final PatentQueries patentQueries = mock(PatentQueries.class);
  final PatentReviewCommands patentReviewCommands = mock(PatentReviewCommands.class);
  final PatentReviewQueries patentReviewQueries = mock(PatentReviewQueries.class);
  final ScreeningWorkbenchQuery screeningWorkbench = mock(ScreeningWorkbenchQuery.class);
  final DeadlineQueries deadlineQueries = mock(DeadlineQueries.class);
  final NotificationFeed notificationFeed = mock(NotificationFeed.class);
  final DocumentCommands documentCommands = mock(DocumentCommands.class);
  final DocumentQueries documentQueries = mock(DocumentQueries.class);
  final CountingRevisions revisions = new CountingRevisions(Fixtures.revisions());
  final InMemoryOrganisations organisations = new InMemoryOrganisations();
  final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
  final TaiwaServices services =
      new TaiwaServices(
          commands,
          queries,
          applicability,
          new TechnologyCatalogue(revisions),
          auditTrail,
          organisations,
          accounts,
          CLOCK,
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
          SpecifiedFieldCatalogue.standard(),
          patentReviewCommands,
          patentReviewQueries,
          new DialogueOutcomeServices(
              mock(CompanyQueryCommands.class),
              mock(CaseConclusions.class),
              mock(InformCommands.class),
              mock(InformQueries.class),
              mock(OutcomeQueries.class)),
          deadlineQueries,
          notificationFeed,
          new PatentExtraServices(
              mock(PriorConfirmationCommands.class),
              mock(PriorConfirmationQueries.class),
              mock(CompensationCommands.class),
              mock(CompensationQueries.class),
              mock(PreReportLinkCommands.class),
              mock(PreReportLinkQueries.class)),
          mock(DialogueQueueQueries.class),
          mock(dev.taiwa.cases.patent.application.NonSendingNoticeCommands.class),
          caseTimeline,
          documentCommands,
          documentQueries,
          mock(dev.taiwa.cases.patent.catalogue.application.SpecifiedFieldRevisionCommands.class),
          new OnceOnly(
              new InMemoryIdempotencyKeys(),
              InMemoryIdempotencyKeys.DIRECT,
              CLOCK,
              OnceOnly.DEFAULT_RETENTION),
          new dev.taiwa.graphql.screening.ScreeningServices(
              mock(dev.taiwa.cases.screening.application.ScreeningListCommands.class),
              mock(dev.taiwa.cases.screening.application.CounterpartyScreening.class),
              mock(dev.taiwa.cases.screening.application.CaseScreeningCommands.class),
              mock(dev.taiwa.cases.screening.application.ListRescreen.class)),
          mock(dev.taiwa.cases.statistics.application.StatisticsQueries.class),
          mock(dev.taiwa.cases.view.SavedViewUseCases.class));
  private final AtomicInteger threads = new AtomicInteger();
  final ExecutorService executor =
      Executors.newFixedThreadPool(2, r -> new Thread(r, "blocking-" + threads.incrementAndGet()));
  private final GraphQL graphQL;

  ApiHarness() {
    this(QueryLimits.defaults());
  }

  ApiHarness(QueryLimits limits) {
    graphQL = TaiwaGraphQL.build(services, executor, limits);
  }

  GraphQL graphQL() {
    return graphQL;
  }

  ExecutionResult execute(Actor actor, String query) {
    return execute(actor, query, Map.of());
  }

  ExecutionResult execute(Actor actor, String query, Map<String, Object> variables) {
    ExecutionInput.Builder input = ExecutionInput.newExecutionInput(query).variables(variables);
    return graphQL.execute(TaiwaGraphQL.prepare(input, actor, services, executor).build());
  }

  /** Runs the operation {@code operationName} of {@code document}. */
  ExecutionResult executeOperation(Actor actor, String document, String operationName) {
    ExecutionInput.Builder input =
        ExecutionInput.newExecutionInput(document).operationName(operationName);
    return graphQL.execute(TaiwaGraphQL.prepare(input, actor, services, executor).build());
  }

  /** Runs {@code query} as a read-only request (as over HTTP GET): queries only. */
  ExecutionResult executeReadOnly(Actor actor, String query) {
    ExecutionInput.Builder input = ExecutionInput.newExecutionInput(query);
    return graphQL.execute(
        TaiwaGraphQL.readOnly(TaiwaGraphQL.prepare(input, actor, services, executor)).build());
  }

  /** The response as a client receives it: {@code data}, {@code errors}, {@code extensions}. */
  Map<String, Object> response(Actor actor, String query) {
    return execute(actor, query).toSpecification();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  static final class CountingRevisions implements TechnologyRevisions {
    private final List<TechnologyRevision> all;
    final AtomicInteger calls = new AtomicInteger();

    CountingRevisions(List<TechnologyRevision> all) {
      this.all = all;
    }

    @Override
    public List<TechnologyRevision> all() {
      calls.incrementAndGet();
      return all;
    }
  }

  static final class InMemoryOrganisations implements Organisations {
    private final Map<OrganisationId, Organisation> stored = new HashMap<>();
    final List<List<OrganisationId>> findAllCalls = new ArrayList<>();
    final List<String> findAllThreads = new ArrayList<>();

    @Override
    public Optional<Organisation> find(OrganisationId id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized List<Organisation> findAll(Collection<OrganisationId> ids) {
      findAllCalls.add(List.copyOf(ids));
      findAllThreads.add(Thread.currentThread().getName());
      return ids.stream().map(stored::get).filter(o -> o != null).toList();
    }

    @Override
    public List<Organisation> all() {
      return stored.values().stream().sorted(Comparator.comparing(Organisation::name)).toList();
    }

    @Override
    public void insert(Organisation organisation) {
      stored.put(organisation.id(), organisation);
    }

    @Override
    public long count() {
      return stored.size();
    }
  }

  static final class InMemoryUserAccounts implements UserAccounts {
    private final Map<UserId, UserAccount> stored = new HashMap<>();

    @Override
    public Optional<UserAccount> find(UserId id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
      return stored.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public void insert(UserAccount account) {
      stored.put(account.id(), account);
    }

    @Override
    public void update(UserAccount account) {
      stored.put(account.id(), account.nextVersion());
    }

    @Override
    public List<UserAccount> all() {
      return stored.values().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    @Override
    public List<UserAccount> ofOrganisation(OrganisationId organisation) {
      return all().stream().filter(a -> a.organisationId().equals(organisation)).toList();
    }

    @Override
    public long count() {
      return stored.size();
    }
  }
}
