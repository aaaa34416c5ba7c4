package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deadlines over HTTP: the list shows the deadlines of the cases the caller may see (a company its
 * own, never the officials' internal targets; officials those of filed cases), and a case's
 * deadlines come with their explanation.
 */
@MicronautTest(transactional = false)
class DeadlinesHttpTest extends DatabaseTest {
  private static final String LIST =
      "{ deadlines(first: 100) { totalCount edges { node { caseId subject status obligor } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DeadlineLedger ledger;
  @Inject UnitOfWork unitOfWork;

  private ApiClient api;
  private String alphaFiler;
  private String betaFiler;
  private String officer;
  private String admin;
  private String alphaFiled;
  private String alphaDraft;
  private String betaFiled;

  @BeforeAll
  void threeCasesWithDeadlines() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    alphaFiler = api.login(world.user("dl-alpha", world.alpha, Role.FILER), World.PASSWORD);
    betaFiler = api.login(world.user("dl-beta", world.beta, Role.FILER), World.PASSWORD);
    officer =
        api.login(world.user("dl-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    admin = api.login(world.user("dl-admin", world.meti, Role.ADMIN), World.PASSWORD);
    alphaFiled = report(alphaFiler, true);
    alphaDraft = report(alphaFiler, false);
    betaFiled = report(betaFiler, true);
    open(alphaFiled, "query:1", DeadlineRules.COMPANY_REPLY, Obligor.COMPANY);
    open(alphaFiled, "stage:review", DeadlineRules.REVIEW_STAGE_TARGET, Obligor.OFFICIALS);
    open(alphaDraft, "query:2", DeadlineRules.COMPANY_REPLY, Obligor.COMPANY);
    open(betaFiled, "query:3", DeadlineRules.COMPANY_REPLY, Obligor.COMPANY);
  }

  @Test
  void aCompanyListsItsOwnCasesDeadlinesWithoutTheOfficialsInternalTargets() {
    assertEquals(List.of("query:1", "query:2"), subjects(alphaFiler));
    assertEquals(List.of("query:3"), subjects(betaFiler));
  }

  @Test
  void aDialogueOfficerListsTheDeadlinesOfFiledCasesOnly() {
    assertEquals(List.of("query:1", "query:3", "stage:review"), subjects(officer));
  }

  @Test
  void aRoleThatSeesNoCasesIsRefused() {
    GraphQLResponse response = api.graphql(admin, LIST);

    assertEquals("FORBIDDEN", ((Map<?, ?>) response.errors().get(0).get("extensions")).get("code"));
  }

  @Test
  void aCasesDeadlinesExplainThemselvesInEnglishAndJapanese() {
    GraphQLResponse response =
        api.graphql(
            officer,
            "query($id: ID!) { preReport(id: $id) { deadlines { subject ruleName legalReference"
                + " dueDate status explanation explanationJa startEventJa stops { from } } } }",
            Map.of("id", alphaFiled));
    List<Map<String, Object>> deadlines = response.at("preReport.deadlines");

    assertEquals(2, deadlines.size());
    Map<String, Object> reply =
        deadlines.stream().filter(d -> d.get("subject").equals("query:1")).findFirst().get();
    assertEquals(DeadlineRules.COMPANY_REPLY, reply.get("ruleName"));
    assertEquals("OPEN", reply.get("status"));
    assertTrue(reply.get("explanation").toString().contains(reply.get("dueDate").toString()));
    assertEquals("照会", reply.get("startEventJa"));
  }

  @Test
  void theOtherCompanyReadsNoDeadlinesOfACaseItCannotSee() {
    GraphQLResponse response =
        api.graphql(
            betaFiler,
            "query($id: ID!) { preReport(id: $id) { deadlines { subject } } }",
            Map.of("id", alphaFiled));

    assertNull((Object) response.at("preReport"));
  }

  private List<String> subjects(String token) {
    GraphQLResponse response = api.graphql(token, LIST);
    List<Map<String, Object>> edges = response.at("deadlines.edges");
    return edges.stream()
        .map(e -> (Map<?, ?>) e.get("node"))
        .map(n -> n.get("subject").toString())
        .sorted()
        .toList();
  }

  private void open(String caseId, String subject, String rule, Obligor obligor) {
    unitOfWork.inTransaction(
        () ->
            ledger.open(
                new CaseId(UUID.fromString(caseId)),
                CaseKind.PRE_REPORT,
                subject,
                rule,
                PeriodStart.during(ledger.today(), new Bilingual("query asked", "照会")),
                obligor));
  }

  private String report(String token, boolean submit) {
    String id =
        api.graphql(
                token,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", CaseFixture.form("deadlines")))
            .at("createPreReportDraft.preReport.id");
    if (submit) {
      api.graphql(
          token,
          "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
          Map.of("id", id));
    }
    return id;
  }
}
