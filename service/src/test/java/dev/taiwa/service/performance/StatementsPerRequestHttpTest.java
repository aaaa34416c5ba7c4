package dev.taiwa.service.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.persistence.database.StatementCount;
import dev.taiwa.service.persistence.identity.CallerAccountCache;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A list costs the same number of SQL statements whatever its page size: every edge reachable from
 * a list is loaded in one batch per request. A list query selecting every batched edge is asked for
 * pages of 5 and of 20 cases; a new N+1 (an edge read once per case) makes the larger page cost
 * more and fails here. The counts are printed.
 */
@MicronautTest(transactional = false)
@Property(name = "taiwa.metrics.store-refresh", value = "1h")
@Property(name = "taiwa.screening.rescreen.enabled", value = "false")
class StatementsPerRequestHttpTest extends DatabaseTest {
  private static final int CASES = 20;
  private static final String PRE_REPORTS =
      "query($n: Int!) { preReports(first: $n) { edges { node { id reference organisation { name }"
          + " technologies { number } timeline { at eventType actorLabel } caseOfficer"
          + " officer { name office } meetings { id attendingOfficials { name office }"
          + " agenda { text } } concerns { id description answers { text } } deadlines { id"
          + " status dueDate } documents { id kind generatedBy { name office } } } } } }";
  private static final String PATENTS =
      "query($n: Int!) { patentApplications(first: $n) { edges { node { id state title"
          + " abstract claims applicants { name } designation { periodEnd } foreignFilingGate { status since } reviewRecords {"
          + " id kind text recordedBy { name office } } trackDeadlines { subject status due }"
          + " nonSendingNotice { requestedAt issuedOn } deadlines { id status } documents { id"
          + " generatedBy { name } } } } } }";

  /** What a dialogue officer opens (the benchmark's case detail): one case and all around it. */
  private static final String CASE_DETAIL =
      "query($id: ID!) { preReport(id: $id) { id reference state version organisation { name }"
          + " contact { name department email } technologyNumbers technologies { number nameJa }"
          + " transactionType"
          + " counterparty { nameOriginal nameRomanised countryCode relationship } plannedDate"
          + " technologyDescription managementMeasures submittedAt leadTime { status explanation }"
          + " availableActions officer { name office }"
          + " meetings { id state startsAt place attendingOfficials { name } minutes { text } }"
          + " concerns { id state description answers { text dueDate } }"
          + " deadlines { id subject ruleName dueDate status explanation }"
          + " timeline { at eventType labelJa actorLabel } documents { id kind } } }";

  /**
   * The statements of {@link #CASE_DETAIL} besides the caller's account ({@link
   * #callerAccountStatements}): the case with its technologies in one statement (read once, though
   * its timeline, documents, deadlines and actions each check access to it); its officer
   * assignment; the company's and the ministry's organisations; documents; meetings with their
   * entries (one statement); concerns with their answers (one statement); deadlines; audit events;
   * which of the ids they name are cases that can be withheld (none here: they name meetings and
   * concerns); the officer's and the actors' accounts.
   */
  private static final int CASE_DETAIL_STATEMENTS = 13;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject StatementCount statements;
  @Inject CallerAccountCache callers;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private String officer;
  private String reviewer;
  private String grantee;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.graphql.max-cost", "1000000");
    return properties;
  }

  @BeforeAll
  void fileCases() {
    api = new ApiClient(http);
    ListedCases cases = new ListedCases(api, new World(organisations, users, hasher), users);
    cases.file(CASES);
    officer = cases.officer;
    reviewer = cases.reviewer;
    grantee = cases.grantee;
  }

  @Test
  void aPreReportListWithEveryEdgeCostsTheSameForFiveAndTwentyCases() {
    assertSameCost(officer, PRE_REPORTS, "preReports");
  }

  @Test
  void aReviewersPatentListWithEveryEdgeCostsTheSameForFiveAndTwentyApplications() {
    assertSameCost(reviewer, PATENTS, "patentApplications");
  }

  @Test
  void aGranteesPatentListCostsTheSameForFiveAndTwentyApplications() {
    assertSameCost(grantee, PATENTS, "patentApplications");
  }

  @Test
  void aBatchedPatentListStillAuditsEachApplicationsSecretContentAndRecordsRead() {
    List<CaseId> listed =
        api
            .graphql(reviewer, PATENTS, Map.of("n", CASES))
            .<List<Map<String, Map<String, Object>>>>at("patentApplications.edges")
            .stream()
            .map(edge -> CaseId.parse((String) edge.get("node").get("id")))
            .toList();
    Map<CaseId, Long> before = secretReads(listed);

    GraphQLResponse response = api.graphql(reviewer, PATENTS, Map.of("n", CASES));

    assertEquals(List.of(), response.errors(), () -> response.body().toString());
    Map<CaseId, Long> after = secretReads(listed);
    for (CaseId id : listed) {
      assertEquals(
          before.get(id) + 2, after.get(id), "content and records read of application " + id);
    }
  }

  private Map<CaseId, Long> secretReads(List<CaseId> ids) {
    Map<CaseId, Long> reads = new HashMap<>();
    auditLog
        .trails(ids)
        .forEach(
            (id, trail) ->
                reads.put(
                    id,
                    trail.stream()
                        .filter(
                            e -> e.entry().action().equals(AuditAction.SECRET_CONTENT_READ.name()))
                        .count()));
    return reads;
  }

  @Test
  void aRequestReadsTheCallersAccountAtMostOnceAndNothingElseForItsOwnAccount() {
    long account = callerAccountStatements();
    long before = settledCount();
    GraphQLResponse response = api.graphql(officer, "{ me { username displayName } }", Map.of());
    long cost = statements.executed() - before;
    assertEquals("spr-officer", response.at("me.username"), () -> response.body().toString());
    assertEquals(account, cost, "statements of { me }");
  }

  @Test
  void anOfficersCaseDetailReadsTheCaseOnce() {
    String id =
        api.graphql(officer, "{ preReports(first: 1) { edges { node { id } } } }", Map.of())
            .<String>at("preReports.edges.0.node.id");
    api.graphql(officer, CASE_DETAIL, Map.of("id", id));
    long account = callerAccountStatements();
    long before = settledCount();
    GraphQLResponse response = api.graphql(officer, CASE_DETAIL, Map.of("id", id));
    long cost = statements.executed() - before;
    assertEquals(List.of(), response.errors(), () -> response.body().toString());
    assertEquals(id, response.at("preReport.id"));
    System.out.printf("case detail (dialogue officer): %d statements%n", cost);
    assertEquals(CASE_DETAIL_STATEMENTS + account, cost, "statements of an officer's case detail");
  }

  /**
   * What the officer's account costs a request: a statement on SQLite, where every request reads
   * it; none on PostgreSQL once the node hears account changes and has seen the officer (the
   * account is kept until it changes).
   */
  private long callerAccountStatements() {
    if (!TestDatabase.isPostgres()) {
      return 1;
    }
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (!callers.hearing() && System.nanoTime() < deadline) {
      api.graphql(officer, "{ me { username } }", Map.of());
      sleep(50);
    }
    assertTrue(callers.hearing(), "the node hears account changes");
    api.graphql(officer, "{ me { username } }", Map.of());
    return 0;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void assertSameCost(String token, String query, String list) {
    statementsFor(token, query, list, 5);
    long five = statementsFor(token, query, list, 5);
    long twenty = statementsFor(token, query, list, CASES);
    System.out.printf(
        "%s (%s): %d statements for 5 cases, %d for %d%n",
        list, caller(token), five, twenty, CASES);
    assertEquals(five, twenty, list + ": statements for 5 cases, then for " + CASES);
  }

  private String caller(String token) {
    return token.equals(officer)
        ? "dialogue officer"
        : token.equals(reviewer) ? "security reviewer" : "company grantee";
  }

  /**
   * The statement count once nothing else runs statements: the service's own work after its start
   * (the check for content stored plain, the first read of the store gauges) runs on the scheduler
   * and would otherwise be counted in a request that happens to run beside it. The work it repeats
   * (the gauges' refresh, the re-screening poll every 10 s) is off in this test.
   */
  private long settledCount() {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    long seen = statements.executed();
    while (System.nanoTime() < deadline) {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long now = statements.executed();
      if (now == seen) {
        return now;
      }
      seen = now;
    }
    throw new AssertionError("statements kept running in the background for 30 s");
  }

  private long statementsFor(String token, String query, String list, int first) {
    long before = settledCount();
    GraphQLResponse response = api.graphql(token, query, Map.of("n", first));
    long cost = statements.executed() - before;
    assertNotNull(response.at(list), () -> response.body().toString());
    assertEquals(List.of(), response.errors(), () -> response.body().toString());
    assertEquals(first, response.<List<?>>at(list + ".edges").size());
    return cost;
  }
}
