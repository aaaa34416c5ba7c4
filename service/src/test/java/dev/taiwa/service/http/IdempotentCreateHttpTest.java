package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.persistence.sql.SqlStatements;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Safe retries over real HTTP (issue 12): a create retried with the same {@code idempotencyKey} by
 * the same account returns the same object and adds no row, no audit event and no notification
 * (counted in the database before and after); ten concurrent creates with one key make one object
 * and get ten answers with its id.
 */
@MicronautTest(transactional = false)
class IdempotentCreateHttpTest extends DatabaseTest {
  private static final AtomicInteger SERIAL = new AtomicInteger(700000);
  private static final String DRAFT =
      "mutation($in: PreReportInput!, $k: String) { createPreReportDraft(input: $in,"
          + " idempotencyKey: $k) { preReport { id reference state version }"
          + " errors { code field message } } }";
  private static final String REGISTER =
      "mutation($in: PatentApplicationInput!, $k: String) { registerPatentApplication(input: $in,"
          + " idempotencyKey: $k) { patentApplication { id applicationNumber state version }"
          + " errors { code field message } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject SqlStatements sql;
  @Inject UnitOfWork unitOfWork;
  @Inject PatentApplications applications;
  @Inject OnceOnly onceOnly;

  private ApiClient api;
  private World world;
  private String filer;
  private String colleague;
  private String examiner;
  private String officer;
  private String admin;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    filer = api.login(world.user("i-filer", world.alpha, Role.FILER), World.PASSWORD);
    colleague = api.login(world.user("i-colleague", world.alpha, Role.FILER), World.PASSWORD);
    examiner =
        api.login(world.user("i-examiner", world.meti, Role.PATENT_EXAMINER), World.PASSWORD);
    officer = api.login(world.user("i-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    admin = api.login(world.user("i-admin", world.meti, Role.ADMIN), World.PASSWORD);
  }

  @Test
  void keysAreKeptForTwentyFourHoursByDefault() {
    assertEquals(Duration.ofHours(24), onceOnly.retention());
  }

  @Test
  void aRetriedDraftReturnsTheSameCaseAndAddsNoRowAndNoAuditEvent() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> input = CaseFixture.form("idempotent draft");
    Map<String, Object> first = payload(api.graphql(filer, DRAFT, vars(input, key)), DRAFT);
    Map<String, Long> before = counts("pre_report");

    Map<String, Object> retried = payload(api.graphql(filer, DRAFT, vars(input, key)), DRAFT);
    Map<String, Object> again = payload(api.graphql(filer, DRAFT, vars(input, key)), DRAFT);

    assertEquals(List.of(), first.get("errors"));
    assertEquals(first, retried, "the same case, reference and version");
    assertEquals(first, again);
    assertEquals(before, counts("pre_report"), "no row, no audit event, no key");

    // Without a key every call creates; the same key of another account is its own.
    String unkeyed = id(api.graphql(filer, DRAFT, vars(input, null)), DRAFT);
    String colleagues = id(api.graphql(colleague, DRAFT, vars(input, key)), DRAFT);
    assertNotEquals(id(first), unkeyed);
    assertNotEquals(id(first), colleagues);
    assertEquals(colleagues, id(api.graphql(colleague, DRAFT, vars(input, key)), DRAFT));
    assertEquals(before.get("pre_report") + 2, counts("pre_report").get("pre_report"));
  }

  @Test
  void aRetriedRegistrationReturnsTheSameApplicationAndAddsNoRowAndNoAuditEvent() {
    String key = "register " + UUID.randomUUID();
    Map<String, Object> input = application();
    Map<String, Object> first =
        payload(api.graphql(examiner, REGISTER, vars(input, key)), REGISTER);
    assertEquals(List.of(), first.get("errors"));
    Map<String, Long> before = counts("patent_application");

    Map<String, Object> retried =
        payload(api.graphql(examiner, REGISTER, vars(input, key)), REGISTER);

    assertEquals(first, retried);
    assertEquals(before, counts("patent_application"), "no row, no audit event, no key");
    // Without the key the same application number is a typed refusal, not a second row.
    assertEquals(
        "DUPLICATE",
        firstError(api.graphql(examiner, REGISTER, vars(input, null)), "registerPatentApplication")
            .get("code"));
    assertEquals(
        before.get("patent_application"), counts("patent_application").get("patent_application"));
  }

  @Test
  void aKeyReusedForAnotherOperationOrMalformedIsRefusedOnTheKey() {
    String key = "shared " + UUID.randomUUID();
    id(api.graphql(examiner, REGISTER, vars(application(), key)), REGISTER);
    Map<String, Long> before = counts("pre_report");

    Map<String, Object> reused =
        firstError(
            api.graphql(examiner, DRAFT, vars(CaseFixture.form("refused"), key)),
            "createPreReportDraft");
    Map<String, Object> tooLong =
        firstError(
            api.graphql(filer, DRAFT, vars(CaseFixture.form("refused"), "k".repeat(101))),
            "createPreReportDraft");
    Map<String, Object> notAscii =
        firstError(
            api.graphql(filer, DRAFT, vars(CaseFixture.form("refused"), "再送キー")),
            "createPreReportDraft");

    for (Map<String, Object> error : List.of(reused, tooLong, notAscii)) {
      assertEquals("INVALID_VALUE", error.get("code"));
      assertEquals("idempotencyKey", error.get("field"));
    }
    assertEquals(before, counts("pre_report"));
  }

  @Test
  void tenConcurrentDraftsWithOneKeyMakeOneCase() throws Exception {
    for (int round = 0; round < 3; round++) {
      String key = "parallel " + UUID.randomUUID();
      Map<String, Object> input = CaseFixture.form("parallel " + round);
      Map<String, Long> before = counts("pre_report");

      Set<String> ids =
          concurrently(10, () -> id(api.graphql(filer, DRAFT, vars(input, key)), DRAFT));

      assertEquals(1, ids.size(), () -> "one id for ten answers: " + ids);
      Map<String, Long> after = counts("pre_report");
      assertEquals(before.get("pre_report") + 1, after.get("pre_report"), "one row");
      assertEquals(before.get("audit_event") + 1, after.get("audit_event"), "one audit event");
      assertEquals(before.get("idempotency_key") + 1, after.get("idempotency_key"));
    }
  }

  @Test
  void tenConcurrentRegistrationsWithOneKeyMakeOneApplication() throws Exception {
    String key = "parallel register " + UUID.randomUUID();
    Map<String, Object> input = application();
    Map<String, Long> before = counts("patent_application");

    Set<String> ids =
        concurrently(10, () -> id(api.graphql(examiner, REGISTER, vars(input, key)), REGISTER));

    assertEquals(1, ids.size(), () -> "one id for ten answers: " + ids);
    Map<String, Long> after = counts("patent_application");
    assertEquals(before.get("patent_application") + 1, after.get("patent_application"));
    assertEquals(before.get("audit_event") + 1, after.get("audit_event"));
  }

  @Test
  void everyOtherCreateAnswersARetryWithItsFirstResult() {
    String underReview = caseUnderReview();
    sameOnRetry(
        officer,
        "scheduleMeeting(caseId: $c, input: {startsAt: \"2099-01-05T05:00:00Z\","
            + " place: \"会議室\"}, idempotencyKey: $k) { meeting { id } errors { code field } }",
        underReview,
        "scheduleMeeting.meeting.id",
        "dialogue_meeting");
    sameOnRetry(
        officer,
        "raiseConcern(caseId: $c, input: {category: END_USE, severity: HIGH, description: \"用途\","
            + " concernInformation: \"懸念情報\"}, idempotencyKey: $k) { concern { id }"
            + " errors { code field } }",
        underReview,
        "raiseConcern.concern.id",
        "dialogue_concern");
    sameOnRetry(
        officer,
        "askQuery(caseId: $c, input: {question: \"取引先の所在地は?\", replyDays: 10},"
            + " idempotencyKey: $k) { query { id } errors { code field } }",
        underReview,
        "askQuery.query.id",
        "company_query");
    sameOnRetry(
        filer,
        "claimCompensation(applicationId: $c, input: {amountYen: 1000000, basis: \"逸失利益\","
            + " cause: WORKING_PERMISSION_REFUSED}, idempotencyKey: $k) { compensationClaim { id }"
            + " errors { code field } }",
        designatedApplication(),
        "claimCompensation.compensationClaim.id",
        "compensation_claim");
    sameOnRetry(
        filer,
        "requestPriorConfirmation(input: {title: \"誘導装置\", summary: \"概要\", claimedFields: [3],"
            + " inventionCompletedInJapan: true, intendedForeignFiling: \"PCT\"},"
            + " idempotencyKey: $k) { priorConfirmation { id } errors { code field } }",
        null,
        "requestPriorConfirmation.priorConfirmation.id",
        "prior_confirmation");
    sameOnRetry(
        admin,
        "createUser(input: {username: \"i-new-"
            + SERIAL.incrementAndGet()
            + "\", displayName: \"新規 利用者\", organisationId: \""
            + world.alpha.id()
            + "\", roles: [FILER], initialPassword: \"a long initial password\"},"
            + " idempotencyKey: $k) { user { id } errors { code field } }",
        null,
        "createUser.user.id",
        "user_account");
    sameOnRetry(
        admin,
        "createOrganisation(input: {name: \"冪等株式会社 "
            + SERIAL.incrementAndGet()
            + "\", kind: COMPANY}, idempotencyKey: $k) { organisation { id }"
            + " errors { code field } }",
        null,
        "createOrganisation.organisation.id",
        "organisation");
  }

  /** Runs {@code call} twice with one key; the second answers the first's id and writes nothing. */
  private void sameOnRetry(String token, String call, String caseId, String idPath, String table) {
    String mutation =
        "mutation(" + (caseId == null ? "" : "$c: ID!, ") + "$k: String) { " + call + " }";
    Map<String, Object> variables = new HashMap<>();
    variables.put("k", UUID.randomUUID().toString());
    if (caseId != null) {
      variables.put("c", caseId);
    }
    GraphQLResponse first = api.graphql(token, mutation, variables);
    String field = idPath.substring(0, idPath.indexOf('.'));
    assertEquals(List.of(), first.at(field + ".errors"), () -> call + " -> " + first.body());
    String id = first.at(idPath);
    assertNotNull(id, () -> call + " -> " + first.body());
    Map<String, Long> before = counts(table);

    GraphQLResponse retried = api.graphql(token, mutation, variables);

    assertEquals(first.body(), retried.body(), call);
    assertEquals(before, counts(table), () -> field + ": the retry wrote nothing");
  }

  /** Ten calls at once from ten threads; the distinct answers. */
  private static Set<String> concurrently(int n, java.util.concurrent.Callable<String> call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<String> answer : answers) {
        ids.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertEquals(n, ids.size());
      return ids.stream().collect(Collectors.toSet());
    } finally {
      pool.shutdownNow();
    }
  }

  private String caseUnderReview() {
    String id = id(api.graphql(filer, DRAFT, vars(CaseFixture.form("under review"), null)), DRAFT);
    for (String[] step :
        List.of(
            new String[] {filer, "submitPreReport"},
            new String[] {officer, "startPreReportReview"})) {
      GraphQLResponse moved =
          api.graphql(
              step[0],
              "mutation($id: ID!) { " + step[1] + "(id: $id) { errors { code } } }",
              Map.of("id", id));
      assertEquals(List.of(), moved.at(step[1] + ".errors"), () -> moved.body().toString());
    }
    return id;
  }

  /**
   * An application of alpha put into DESIGNATED through the store, as CompensationHttpTest does.
   */
  private String designatedApplication() {
    String id = id(api.graphql(examiner, REGISTER, vars(application(), null)), REGISTER);
    PatentApplication registered = applications.find(CaseId.parse(id)).orElseThrow();
    applications.update(
        registered.moved(PatentState.DESIGNATED, List.of(3), "fixture", Instant.now()));
    return id;
  }

  private Map<String, Object> application() {
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", "2025-" + SERIAL.incrementAndGet());
    in.put("filingDate", "2025-06-02");
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "誘導装置");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    return in;
  }

  private static Map<String, Object> vars(Map<String, Object> input, String key) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("in", input);
    variables.put("k", key);
    return variables;
  }

  /** The payload of the mutation {@code document} names. */
  private static Map<String, Object> payload(GraphQLResponse response, String document) {
    assertEquals(List.of(), response.errors(), () -> response.body().toString());
    Map<String, Object> payload = response.at(field(document));
    assertNotNull(payload, () -> response.body().toString());
    return payload;
  }

  /** The id of what an accepted create answered. */
  private static String id(GraphQLResponse response, String document) {
    Map<String, Object> payload = payload(response, document);
    assertEquals(List.of(), payload.get("errors"), () -> response.body().toString());
    return id(payload);
  }

  @SuppressWarnings("unchecked")
  private static String id(Map<String, Object> payload) {
    return payload.entrySet().stream()
        .filter(e -> !e.getKey().equals("errors"))
        .map(e -> (String) ((Map<String, Object>) e.getValue()).get("id"))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> firstError(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertNotNull(errors, () -> response.body().toString());
    assertEquals(1, errors.size(), () -> response.body().toString());
    return errors.get(0);
  }

  private static String field(String document) {
    String afterBrace = document.substring(document.indexOf('{') + 1).strip();
    return afterBrace.substring(0, afterBrace.indexOf('('));
  }

  /** Rows of {@code table}, of audit events, of notifications and of remembered keys. */
  private Map<String, Long> counts(String table) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String name : List.of(table, "audit_event", "notification", "idempotency_key")) {
      counts.put(
          name,
          unitOfWork
              .readOnly(() -> sql.query("SELECT COUNT(*) FROM " + name, row -> row.getLong(1)))
              .get(0));
    }
    return counts;
  }
}
