package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Patent reads beside a writer on SQLite: another connection holds the write lock ({@code BEGIN
 * IMMEDIATE}) until every read has answered. Reads that disclose no secret content (the examiner's
 * and the reviewer's lists and counts, a withheld skeleton) answer with their data meanwhile: they
 * run in read-only transactions and never queue for the lock. A read of secret content answers only
 * once its SECRET_CONTENT_READ is stored: while the lock is held it waits out the busy timeout and
 * answers BUSY without the content, leaving no event. Without the lock, parallel content reads by
 * examiner, reviewer and applicant beside writers each leave exactly one event per answer that
 * carried the content, and the chain verifies. SQLite only: the lock is SQLite's file lock.
 */
@MicronautTest(transactional = false)
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
class ReadsBesideAWriterHttpTest extends DatabaseTest {
  private static final int BUSY_TIMEOUT_MILLIS = 500;
  private static final String TITLE = "並行して読まれる秘密の誘導装置";
  private static final String OPEN_TITLE = "公開予定の一般発明";
  private static final String COUNT =
      "{ patentApplications(first: 50) { totalCount edges { node { id state secretWithheld } } } }";
  private static final String SKELETON =
      "query($id: ID!) { patentApplication(id: $id) { id applicationNumber state secretWithheld"
          + " } }";
  private static final String CONTENT =
      "query($id: ID!) { patentApplication(id: $id) { id secretWithheld title claims } }";
  private static final String REGISTER =
      "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) {"
          + " patentApplication { id } errors { code field message } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DatabaseSettings settings;
  @Inject AuditLog auditLog;
  @Inject AuditTrail auditTrail;

  private final ExecutorService clients = Executors.newFixedThreadPool(12);
  private ApiClient api;
  private World world;
  private String examiner;
  private String otherExaminer;
  private String reviewer;
  private String filer;
  private String secret;
  private int serial = (int) (System.nanoTime() % 300000) + 100000;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.database.busy-timeout-millis", String.valueOf(BUSY_TIMEOUT_MILLIS));
    return properties;
  }

  @BeforeAll
  void aSecretApplication() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    examiner = login("rw-examiner", world.meti, Role.PATENT_EXAMINER);
    otherExaminer = login("rw-examiner2", world.meti, Role.PATENT_EXAMINER);
    reviewer = login("rw-reviewer", world.meti, Role.SECURITY_REVIEWER);
    filer = login("rw-filer", world.alpha, Role.FILER);
    secret = register(TITLE);
    GraphQLResponse sent =
        api.graphql(
            examiner,
            "mutation($id: ID!) { decideScreening(id: $id, input: {outcome: SEND_TO_REVIEW,"
                + " matchedFields: [3], reason: \"誘導武器等に関する技術に該当\"}) { patentApplication"
                + " { state } errors { code message } } }",
            Map.of("id", secret));
    assertEquals(
        "SENT_TO_REVIEW", sent.at("decideScreening.patentApplication.state"), sent::toString);
    register(OPEN_TITLE);
  }

  @AfterAll
  void stopClients() {
    clients.shutdownNow();
  }

  @Test
  void readsThatDiscloseNoSecretAnswerWhileAnotherConnectionHoldsTheWriteLock() throws Exception {
    long eventsBefore = auditLog.head().lastSequence();
    Object examinerCount = api.graphql(examiner, COUNT).at("patentApplications.totalCount");
    Object reviewerCount = api.graphql(reviewer, COUNT).at("patentApplications.totalCount");
    List<Callable<GraphQLResponse>> reads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reads.add(() -> api.graphql(examiner, COUNT));
      reads.add(() -> api.graphql(reviewer, COUNT));
      reads.add(() -> api.graphql(otherExaminer, SKELETON, Map.of("id", secret)));
    }

    List<GraphQLResponse> answers;
    try (Connection holder = writeLockHolder()) {
      answers = all(reads); // the lock is let go only after every read has answered
      holder.rollback();
    }

    for (GraphQLResponse answer : answers) {
      assertEquals(List.of(), answer.errors(), answer::toString);
    }
    for (int i = 0; i < answers.size(); i += 3) {
      assertEquals(examinerCount, answers.get(i).at("patentApplications.totalCount"));
      assertEquals(reviewerCount, answers.get(i + 1).at("patentApplications.totalCount"));
      assertEquals(true, answers.get(i + 2).at("patentApplication.secretWithheld"));
    }
    assertEquals(eventsBefore, auditLog.head().lastSequence(), "reading no content wrote nothing");
  }

  @Test
  void secretContentIsNotAnsweredWhileItsAuditEventCannotBeStored() throws Exception {
    long readsBefore = secretReads();
    List<Callable<GraphQLResponse>> reads = new ArrayList<>();
    for (String reader : List.of(examiner, reviewer, filer)) {
      reads.add(() -> api.graphql(reader, CONTENT, Map.of("id", secret)));
    }

    List<GraphQLResponse> answers;
    try (Connection holder = writeLockHolder()) {
      answers = all(reads);
      holder.rollback();
    }

    for (GraphQLResponse answer : answers) {
      assertFalse(answer.body().toString().contains(TITLE), answer::toString);
      assertEquals(1, answer.errors().size(), answer::toString);
      Map<?, ?> extensions = (Map<?, ?>) answer.errors().get(0).get("extensions");
      assertEquals("BUSY", extensions.get("code"), answer::toString);
    }
    assertEquals(readsBefore, secretReads());
    assertEquals(
        TITLE,
        api.graphql(reviewer, CONTENT, Map.of("id", secret)).at("patentApplication.title"),
        "after the lock the same read answers");
    assertEquals(readsBefore + 1, secretReads());
  }

  @Test
  void everySecretContentAnsweredInParallelHasItsOwnAuditEvent() throws Exception {
    long readsBefore = secretReads();
    List<Callable<GraphQLResponse>> work = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      work.add(() -> api.graphql(examiner, CONTENT, Map.of("id", secret)));
      work.add(() -> api.graphql(reviewer, CONTENT, Map.of("id", secret)));
      work.add(() -> api.graphql(filer, CONTENT, Map.of("id", secret)));
      work.add(
          () ->
              api.graphql(
                  reviewer, "{ patentApplications(first: 50) { edges { node { id title } } } }"));
      work.add(() -> api.graphql(examiner, REGISTER, Map.of("in", input(OPEN_TITLE))));
    }

    List<GraphQLResponse> answers = all(work);

    long contentAnswers = 0;
    for (int i = 0; i < answers.size(); i++) {
      GraphQLResponse answer = answers.get(i);
      if (answer.body().toString().contains(TITLE)) {
        contentAnswers++;
      } else if (i % 5 != 4) { // a read without the content: only as BUSY, never silently
        assertEquals("BUSY", ((Map<?, ?>) answer.errors().get(0).get("extensions")).get("code"));
      }
    }
    assertTrue(contentAnswers > 0, "some reads answered the content");
    assertEquals(readsBefore + contentAnswers, secretReads(), "one event per answered content");
    assertTrue(auditTrail.verifyWithoutRecording().intact());
  }

  private String login(String username, dev.taiwa.cases.identity.Organisation org, Role role) {
    return api.login(world.user(username, org, role), World.PASSWORD);
  }

  /** Another connection to the same file, holding the write lock until rolled back. */
  private Connection writeLockHolder() throws Exception {
    Connection holder =
        DriverManager.getConnection(
            "jdbc:sqlite:" + settings.sqliteFile() + "?transaction_mode=IMMEDIATE");
    holder.setAutoCommit(false); // BEGIN IMMEDIATE: the write lock, from another connection
    return holder;
  }

  private List<GraphQLResponse> all(List<Callable<GraphQLResponse>> work) throws Exception {
    List<GraphQLResponse> answers = new ArrayList<>();
    for (Future<GraphQLResponse> future : clients.invokeAll(work)) {
      answers.add(future.get());
    }
    return answers;
  }

  private long secretReads() {
    return auditLog.trail(CaseId.parse(secret)).stream()
        .map(AuditEvent::entry)
        .filter(e -> e.action().equals("SECRET_CONTENT_READ"))
        .count();
  }

  private Map<String, Object> input(String title) {
    Map<String, Object> in = new HashMap<>();
    LocalDate filed = LocalDate.now(JapanTime.ZONE).minusDays(7);
    in.put("applicationNumber", filed.getYear() + "-" + serial++);
    in.put("filingDate", filed.toString());
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", title);
    in.put("abstract", "飛翔体の軌道を制御する。");
    in.put("claims", "【請求項1】誘導装置。");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    return in;
  }

  private String register(String title) {
    GraphQLResponse response = api.graphql(examiner, REGISTER, Map.of("in", input(title)));
    assertEquals(List.of(), response.at("registerPatentApplication.errors"), response::toString);
    return response.at("registerPatentApplication.patentApplication.id");
  }
}
