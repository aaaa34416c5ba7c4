package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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
 * Another connection holds SQLite's write lock ({@code BEGIN EXCLUSIVE}) for 15 s while 50 creates
 * and 10 logins arrive at once: each succeeds or answers BUSY (GraphQL {@code extensions.code} with
 * {@code retryAfterSeconds}; HTTP 503 with {@code Retry-After} for {@code /login}), a BUSY leaves
 * no row and no audit event, nothing answers INTERNAL or 500. After the lock goes, 100 creates and
 * 10 logins in a row all succeed, each committed exactly once, and the audit chain is intact. The
 * busy metrics count each BUSY as a refusal after a wait. SQLite only: the lock is SQLite's file
 * lock.
 */
@MicronautTest(transactional = false)
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
class BusyDatabaseHttpTest extends DatabaseTest {
  private static final int BUSY_TIMEOUT_MILLIS = 500;
  private static final long LOCK_MILLIS = 15_000;
  private static final String CREATE =
      "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id }"
          + " errors { code } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DatabaseSettings settings;
  @Inject AuditTrail auditTrail;
  @Inject MeterRegistry meters;

  private ApiClient api;
  private String filer;
  private String token;
  private final ExecutorService clients = Executors.newFixedThreadPool(60);

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.database.busy-timeout-millis", String.valueOf(BUSY_TIMEOUT_MILLIS));
    properties.put("micronaut.http.client.read-timeout", "120s");
    return properties;
  }

  @BeforeAll
  void aFiler() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filer = world.user("busy-filer", world.alpha, Role.FILER);
    token = api.login(filer, World.PASSWORD);
  }

  @AfterAll
  void stopClients() {
    clients.shutdownNow();
  }

  /** What one request got: OK, BUSY (with the seconds to wait) or anything else, described. */
  record Answer(String kind, long retryAfterSeconds, String detail) {
    static Answer ok() {
      return new Answer("OK", 0, "");
    }
  }

  private Answer create() {
    Map<String, Object> form = new HashMap<>();
    form.put("contact", Map.of("name", "田中 一郎", "email", "tanaka@alpha.example.jp"));
    form.put("technologyNumbers", List.of(1));
    form.put("transactionType", "CONTRACT_MANUFACTURING");
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal", "华东精密电子有限公司",
            "nameRomanised", "Huadong Precision Electronics",
            "countryCode", "CN",
            "relationship", "UNRELATED"));
    form.put("plannedDate", JapanTime.dateOf(Instant.now()).plusDays(90).toString());
    form.put("plannedDateKind", "CONTRACT");
    form.put("technologyDescription", "積層セラミックコンデンサの製造技術");
    try {
      ApiClient.GraphQLResponse response = api.graphql(token, CREATE, Map.of("in", form));
      if (response.errors().isEmpty() && response.at("createPreReportDraft.preReport.id") != null) {
        return Answer.ok();
      }
      if (response.errors().size() == 1) {
        Map<?, ?> extensions = (Map<?, ?>) response.errors().get(0).get("extensions");
        if (extensions != null && "BUSY".equals(extensions.get("code"))) {
          return new Answer(
              "BUSY",
              ((Number) extensions.get("retryAfterSeconds")).longValue(),
              response.body().toString());
        }
      }
      return new Answer("OTHER", 0, response.body().toString());
    } catch (HttpClientResponseException e) {
      return new Answer("HTTP " + e.code(), 0, e.getResponse().getBody(String.class).orElse(""));
    }
  }

  private Answer login() {
    try {
      HttpResponse<String> response =
          http.toBlocking()
              .exchange(
                  HttpRequest.POST("/login", Map.of("username", filer, "password", World.PASSWORD)),
                  String.class);
      return response.code() == 200 && response.body().contains("access_token")
          ? Answer.ok()
          : new Answer("HTTP " + response.code(), 0, response.body());
    } catch (HttpClientResponseException e) {
      String body = e.getResponse().getBody(String.class).orElse("");
      String retryAfter = e.getResponse().getHeaders().get("Retry-After");
      if (e.code() == 503 && retryAfter != null && body.contains("BUSY")) {
        return new Answer("BUSY", Long.parseLong(retryAfter), body);
      }
      return new Answer("HTTP " + e.code(), 0, body);
    }
  }

  private double counted(String metric) {
    return meters.get(metric).functionCounter().count();
  }

  private long count(String sql) {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + settings.sqliteFile());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Counts counts() {
    return new Counts(
        count("SELECT COUNT(*) FROM pre_report"),
        count("SELECT COUNT(*) FROM audit_event WHERE action = 'PRE_REPORT_DRAFT_CREATED'"),
        count("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_SUCCEEDED'"),
        count("SELECT COUNT(*) FROM refresh_token"),
        count("SELECT COUNT(*) FROM audit_event"));
  }

  record Counts(long reports, long createdEvents, long loginEvents, long refreshTokens, long all) {}

  /** Starts {@code writes} creates and {@code logins} logins at once; their answers in order. */
  private List<Answer> atOnce(int writes, int logins) throws Exception {
    List<Callable<Answer>> work = new ArrayList<>();
    for (int i = 0; i < writes + logins; i++) {
      work.add(i % 6 == 5 && logins > 0 && i / 6 < logins ? this::login : this::create);
    }
    List<Answer> answers = new ArrayList<>();
    for (Future<Answer> future : clients.invokeAll(work)) {
      answers.add(future.get());
    }
    return answers;
  }

  @Test
  void aHeldLockGivesBusyThatWroteNothingAndTheNextRequestsAllSucceed() throws Exception {
    Counts before = counts();
    double waitsBefore = counted("taiwa.database.busy.waits");
    double refusalsBefore = counted("taiwa.database.busy.refusals");
    List<Answer> during;
    try (Connection holder =
        DriverManager.getConnection(
            "jdbc:sqlite:" + settings.sqliteFile() + "?transaction_mode=EXCLUSIVE")) {
      holder.setAutoCommit(false); // BEGIN EXCLUSIVE: the write lock, from another connection
      long locked = System.nanoTime();
      during = atOnce(50, 10);
      long held = (System.nanoTime() - locked) / 1_000_000;
      Thread.sleep(Math.max(0, LOCK_MILLIS - held));
      holder.rollback();
    }

    long writesOk = 0;
    long loginsOk = 0;
    long busy = 0;
    int index = 0;
    for (Answer answer : during) {
      boolean isLogin = index % 6 == 5 && index / 6 < 10;
      index++;
      if (answer.kind().equals("OK")) {
        if (isLogin) {
          loginsOk++;
        } else {
          writesOk++;
        }
      } else {
        assertEquals("BUSY", answer.kind(), answer.detail());
        assertTrue(answer.retryAfterSeconds() >= 1, answer.toString());
        for (String leak : List.of("SQLITE", "Hikari", "StoreBusyException", "at dev.taiwa")) {
          assertFalse(answer.detail().contains(leak), answer.detail());
        }
        busy++;
      }
    }
    assertEquals(60, writesOk + loginsOk + busy);
    assertTrue(busy > 0, "the lock was held while the requests came: some must have met it");
    // The metrics saw it: one refusal per BUSY answer, each after a wait.
    assertEquals(busy, counted("taiwa.database.busy.refusals") - refusalsBefore, 0.0);
    assertTrue(counted("taiwa.database.busy.waits") - waitsBefore >= busy);
    Counts afterLock = counts();
    assertEquals(before.reports() + writesOk, afterLock.reports(), afterLock.toString());
    assertEquals(before.createdEvents() + writesOk, afterLock.createdEvents());
    assertEquals(before.loginEvents() + loginsOk, afterLock.loginEvents());
    assertEquals(before.refreshTokens() + loginsOk, afterLock.refreshTokens());
    assertEquals(before.all() + writesOk + loginsOk, afterLock.all());

    for (int i = 0; i < 100; i++) {
      assertEquals(Answer.ok(), create(), "create " + i + " after the lock");
    }
    for (int i = 0; i < 10; i++) {
      assertEquals(Answer.ok(), login(), "login " + i + " after the lock");
    }
    Counts after = counts();
    assertEquals(afterLock.reports() + 100, after.reports());
    assertEquals(afterLock.createdEvents() + 100, after.createdEvents());
    assertEquals(afterLock.loginEvents() + 10, after.loginEvents());
    assertEquals(afterLock.refreshTokens() + 10, after.refreshTokens());
    assertEquals(afterLock.all() + 110, after.all());
    assertTrue(auditTrail.verifyWithoutRecording().intact());
  }
}
