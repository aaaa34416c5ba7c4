package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dialogue officers' queues over HTTP: each queue lists exactly the open filed cases it should
 * (checked among the cases made here), never a draft or a closed case; other roles are refused.
 */
@MicronautTest(transactional = false)
class DialogueQueueHttpTest extends DatabaseTest {
  private static final String QUEUE =
      "query($kind: DialogueQueueKind!, $tech: Int, $search: String, $after: String) {"
          + " dialogueQueue(kind: $kind, technology: $tech, search: $search, first: 2,"
          + " after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor"
          + " } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DeadlineLedger ledger;
  @Inject UnitOfWork unitOfWork;

  private ApiClient api;
  private String filer;
  private String officer;
  private String otherOfficer;
  private String mine;
  private String overdue;
  private String awaitingCompany;
  private String otherTechnology;
  private String draft;
  private String withdrawn;
  private final Set<String> made = ConcurrentHashMap.newKeySet();

  @BeforeAll
  void casesInEveryQueue() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filer = api.login(world.user("q-filer", world.alpha, Role.FILER), World.PASSWORD);
    officer = api.login(world.user("q-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    otherOfficer =
        api.login(world.user("q-officer-2", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    mine = report(1, true);
    overdue = report(1, true);
    awaitingCompany = report(1, true);
    otherTechnology = report(6, true);
    draft = report(6, false);
    withdrawn = report(6, true);
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!) { allocateToMe(caseId: $id) { errors { code } } }",
            Map.of("id", mine)),
        "allocateToMe");
    ok(
        api.graphql(
            filer,
            "mutation($id: ID!) { withdrawPreReport(id: $id, reason: \"中止\") { errors { code } } }",
            Map.of("id", withdrawn)),
        "withdrawPreReport");
    LocalDate yearAgo = ledger.today().minusYears(1);
    open(overdue, "stage:late", yearAgo, Obligor.OFFICIALS);
    open(awaitingCompany, "stage:met", yearAgo, Obligor.OFFICIALS);
    unitOfWork.inTransaction(
        () -> {
          ledger.meet(caseId(awaitingCompany), "stage:met", ledger.today());
          return null;
        });
    open(awaitingCompany, "query:1", ledger.today(), Obligor.COMPANY);
    open(otherTechnology, "stage:later", ledger.today(), Obligor.OFFICIALS);
  }

  @Test
  void myQueueListsTheCasesAllocatedToMeOnly() {
    assertEquals(Set.of(mine), queue(officer, "MINE", null));
    assertEquals(Set.of(), queue(otherOfficer, "MINE", null));
  }

  @Test
  void theUnassignedQueueListsOpenFiledCasesWithoutAnOfficer() {
    assertEquals(
        Set.of(overdue, awaitingCompany, otherTechnology), queue(officer, "UNASSIGNED", null));
  }

  @Test
  void theOverdueQueueListsCasesWithAnOpenOfficialsDeadlinePastDue() {
    assertEquals(Set.of(overdue), queue(officer, "OVERDUE", null));
  }

  @Test
  void theAwaitingCompanyQueueListsCasesWithAnOpenCompanyDeadline() {
    assertEquals(Set.of(awaitingCompany), queue(officer, "AWAITING_COMPANY", null));
  }

  @Test
  void theTechnologyQueueListsOpenFiledCasesOfThatTechnology() {
    assertEquals(Set.of(otherTechnology), queue(officer, "BY_TECHNOLOGY", 6));
    assertEquals(Set.of(mine, overdue, awaitingCompany), queue(officer, "BY_TECHNOLOGY", 1));
  }

  @Test
  void aSearchKeepsTheQueuesCasesHoldingEveryWord() {
    String reference =
        api.graphql(
                officer,
                "query($id: ID!) { preReport(id: $id) { reference } }",
                Map.of("id", overdue))
            .at("preReport.reference");

    assertEquals(Set.of(overdue), queue(officer, "UNASSIGNED", null, reference));
    assertEquals(
        Set.of(overdue), queue(officer, "UNASSIGNED", null, reference.toLowerCase() + " queues"));
    assertEquals(Set.of(), queue(officer, "MINE", null, reference), "not in that queue");
    assertEquals(Set.of(), queue(officer, "UNASSIGNED", null, reference + " 該当なし"));
  }

  @Test
  void theTechnologyQueueWithoutATechnologyIsAnInvalidValue() {
    assertEquals("INVALID_VALUE", errorCode(officer, "BY_TECHNOLOGY"));
  }

  @Test
  void aCompanyHasNoQueue() {
    assertEquals("FORBIDDEN", errorCode(filer, "UNASSIGNED"));
  }

  @Test
  void allocatingACaseToMyselfMovesItFromUnassignedToMine() {
    String taken = report(1, true);
    assertTrue(queue(otherOfficer, "UNASSIGNED", null).contains(taken));

    ok(
        api.graphql(
            otherOfficer,
            "mutation($id: ID!) { allocateToMe(caseId: $id) { errors { code } } }",
            Map.of("id", taken)),
        "allocateToMe");

    assertEquals(Set.of(taken), queue(otherOfficer, "MINE", null));
    assertFalse(queue(otherOfficer, "UNASSIGNED", null).contains(taken));
  }

  @Test
  void aCompanyCannotAllocateACaseToItself() {
    GraphQLResponse response =
        api.graphql(
            filer,
            "mutation($id: ID!) { allocateToMe(caseId: $id) { errors { code } } }",
            Map.of("id", overdue));
    List<Map<String, Object>> errors = response.at("allocateToMe.errors");

    assertEquals("FORBIDDEN", errors.get(0).get("code"));
  }

  /** The ids of the queue (every page of two) among the cases made by this test class. */
  private Set<String> queue(String token, String kind, Integer technology) {
    return queue(token, kind, technology, null);
  }

  /** As {@link #queue(String, String, Integer)}, keeping the cases holding every word of search. */
  private Set<String> queue(String token, String kind, Integer technology, String search) {
    Set<String> ids = new HashSet<>();
    String after = null;
    do {
      Map<String, Object> variables = new HashMap<>();
      variables.put("kind", kind);
      variables.put("tech", technology);
      variables.put("search", search);
      variables.put("after", after);
      GraphQLResponse response = api.graphql(token, QUEUE, variables);
      assertEquals(List.of(), response.errors());
      List<Map<String, Object>> edges = response.at("dialogueQueue.edges");
      edges.forEach(e -> ids.add(((Map<?, ?>) e.get("node")).get("id").toString()));
      after =
          Boolean.TRUE.equals(response.at("dialogueQueue.pageInfo.hasNextPage"))
              ? response.at("dialogueQueue.pageInfo.endCursor")
              : null;
    } while (after != null);
    return ids.stream().filter(made::contains).collect(Collectors.toSet());
  }

  private String errorCode(String token, String kind) {
    GraphQLResponse response = api.graphql(token, QUEUE, Map.of("kind", kind));
    return ((Map<?, ?>) response.errors().get(0).get("extensions")).get("code").toString();
  }

  private void open(String caseId, String subject, LocalDate start, Obligor obligor) {
    unitOfWork.inTransaction(
        () ->
            ledger.open(
                caseId(caseId),
                CaseKind.PRE_REPORT,
                subject,
                DeadlineRules.REVIEW_STAGE_TARGET,
                PeriodStart.during(start, new Bilingual("queue test", "キュー試験")),
                obligor));
  }

  private static CaseId caseId(String id) {
    return new CaseId(UUID.fromString(id));
  }

  private static void ok(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertEquals(List.of(), errors, field);
  }

  private String report(int technology, boolean submit) {
    Map<String, Object> form = new HashMap<>(CaseFixture.form("queues"));
    form.put("technologyNumbers", List.of(technology));
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", form))
            .at("createPreReportDraft.preReport.id");
    made.add(id);
    if (submit) {
      ok(
          api.graphql(
              filer,
              "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
              Map.of("id", id)),
          "submitPreReport");
    }
    return id;
  }
}
