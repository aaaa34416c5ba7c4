package dev.taiwa.service.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.taiwa.service.testsupport.RawHttp;
import dev.taiwa.service.testsupport.RawHttp.Answer;
import dev.taiwa.service.testsupport.ServiceProcess;
import dev.taiwa.service.testsupport.TestDatabase;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table, end to end: every environment variable it names is set on a
 * service started as an operator starts it (its own JVM, {@link ServiceProcess}) and its effect is
 * observed from outside, over HTTP, in the database or in the log. A variable added to the table
 * without a check here fails {@link #everyVariableOfTheReadmeTableIsCheckedHere}.
 */
class ConfigurationTableTest {
  /** Content keys for the production runs: base64 of 32 bytes each. */
  private static final String CONTENT_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  private static final String PREVIOUS_CONTENT_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

  private static final String JWT_SECRET = "a-jwt-secret-for-the-configuration-test-0001";
  private static final String REFRESH_SECRET = "a-refresh-secret-for-the-configuration-test-02";
  private static final String DEMO_PASSWORD = "taiwa-demo";

  /** The variables the tests below set and observe. */
  private static final Set<String> CHECKED =
      Set.of(
          "TAIWA_HOST",
          "TAIWA_PORT",
          "TAIWA_DATABASE_FILE",
          "TAIWA_DATABASE_URL",
          "TAIWA_DATABASE_USER",
          "TAIWA_DATABASE_PASSWORD",
          "TAIWA_DATABASE_BUSY_TIMEOUT_MILLIS",
          "TAIWA_JWT_SECRET",
          "TAIWA_TOKEN_SECONDS",
          "TAIWA_REFRESH_SECRET",
          "TAIWA_REFRESH_TOKEN_LIFETIME",
          "TAIWA_LOCKOUT_MAX_FAILURES",
          "TAIWA_LOCKOUT_DURATION",
          "TAIWA_MODE",
          "TAIWA_DEMO_DATA",
          "TAIWA_GRAPHIQL_ENABLED",
          "TAIWA_GRAPHQL_MAX_COST",
          "TAIWA_DEADLINES_SWEEP_ENABLED",
          "TAIWA_DEADLINES_SWEEP_CRON",
          "TAIWA_IDEMPOTENCY_RETENTION",
          "TAIWA_CONTENT_KEY",
          "TAIWA_CONTENT_PREVIOUS_KEYS",
          "TAIWA_MANAGEMENT_PORT");

  @BeforeAll
  static void onceForBothDatabases() {
    // The test starts its own databases; the PostgreSQL run of the suite need not repeat it.
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "runs in the SQLite execution only");
  }

  @Test
  void everyVariableOfTheReadmeTableIsCheckedHere() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Configuration");
    String table = readme.substring(start, readme.indexOf("\n### ", start));
    Set<String> documented = new TreeSet<>();
    Matcher variables = Pattern.compile("`(TAIWA_[A-Z_]+)`").matcher(table);
    while (variables.find()) {
      documented.add(variables.group(1));
    }

    assertEquals(new TreeSet<>(CHECKED), documented);
  }

  @Test
  void aServiceOnSqliteObeysItsVariables() throws Exception {
    Path temporary = Files.createTempDirectory("taiwa-config-");
    Path database = temporary.resolve("elsewhere").resolve("chosen.db");
    Map<String, String> env = new HashMap<>();
    env.put("TAIWA_HOST", "127.0.0.2");
    env.put("TAIWA_DATABASE_FILE", database.toString());
    env.put("TAIWA_DEMO_DATA", "true");
    env.put("TAIWA_JWT_SECRET", JWT_SECRET);
    env.put("TAIWA_REFRESH_SECRET", REFRESH_SECRET);
    env.put("TAIWA_TOKEN_SECONDS", "10");
    env.put("TAIWA_REFRESH_TOKEN_LIFETIME", "12s");
    env.put("TAIWA_LOCKOUT_MAX_FAILURES", "2");
    env.put("TAIWA_LOCKOUT_DURATION", "4s");
    env.put("TAIWA_IDEMPOTENCY_RETENTION", "4s");
    env.put("TAIWA_DATABASE_BUSY_TIMEOUT_MILLIS", "1500");
    env.put("TAIWA_DEADLINES_SWEEP_ENABLED", "true");
    env.put("TAIWA_DEADLINES_SWEEP_CRON", "* * * * * *");
    env.put("TAIWA_GRAPHQL_MAX_COST", "50");
    try (ServiceProcess service = ServiceProcess.start(env)) {
      assertTrue(service.isRunning(), service.stdout() + service.stderr());
      RawHttp http = new RawHttp(service.url());

      // TAIWA_HOST and TAIWA_PORT: listening there, and not on the default host.
      assertTrue(service.url().startsWith("http://127.0.0.2:" + service.port()));
      assertEquals(200, http.get("/health", Map.of()).status());
      assertTrue(refusesConnections("http://127.0.0.1:" + service.port() + "/health"));
      // TAIWA_DATABASE_FILE: the file (and its folder) was created where asked.
      assertTrue(Files.exists(database), "database file at " + database);
      // TAIWA_DEMO_DATA=true: the demo users were created.
      Answer login = http.login("sakura", DEMO_PASSWORD);
      assertEquals(200, login.status(), login.body());
      long loggedInAt = System.nanoTime();
      String access = (String) login.json().get("access_token");
      String refresh = (String) login.json().get("refresh_token");
      // TAIWA_JWT_SECRET signs access tokens; TAIWA_REFRESH_SECRET refresh tokens.
      SignedJWT jwt = SignedJWT.parse(access);
      assertTrue(jwt.verify(new MACVerifier(JWT_SECRET)), "signed with TAIWA_JWT_SECRET");
      assertTrue(
          JWSObject.parse(refresh).verify(new MACVerifier(REFRESH_SECRET)),
          "signed with TAIWA_REFRESH_SECRET");
      // TAIWA_TOKEN_SECONDS: the token says so, and lasts that long.
      assertEquals(10, ((Number) login.json().get("expires_in")).intValue());
      long lifetime =
          (jwt.getJWTClaimsSet().getExpirationTime().getTime()
                  - jwt.getJWTClaimsSet().getIssueTime().getTime())
              / 1000;
      assertEquals(10, lifetime);
      assertEquals(200, http.graphql(access, "{ me { username } }", Map.of()).status());
      // TAIWA_GRAPHQL_MAX_COST=50: a page of 100 costs more.
      assertEquals(
          "QUERY_TOO_COSTLY",
          http.graphql(access, "{ preReports(first: 100) { totalCount } }", Map.of()).errorCode());
      // TAIWA_LOCKOUT_MAX_FAILURES=2: two wrong passwords lock the account.
      assertEquals(401, http.login("fujimi", "wrong password 1").status());
      assertEquals(401, http.login("fujimi", "wrong password 2").status());
      assertEquals(401, http.login("fujimi", DEMO_PASSWORD).status(), "locked after 2");
      long lockedAt = System.nanoTime();
      // TAIWA_IDEMPOTENCY_RETENTION=4s: a retry within it returns the first draft.
      String create =
          "mutation($key: String) { createPreReportDraft(input: {}, idempotencyKey: $key) {"
              + " preReport { id } errors { code } } }";
      String creator = (String) http.login("sakura", DEMO_PASSWORD).json().get("access_token");
      String first = draftId(http.graphql(creator, create, Map.of("key", "config-test-key")));
      assertEquals(first, draftId(http.graphql(creator, create, Map.of("key", "config-test-key"))));
      long createdAt = System.nanoTime();
      // TAIWA_DATABASE_BUSY_TIMEOUT_MILLIS=1500: a write waits 1.5 s for a held lock, then BUSY.
      try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + database);
          Statement statement = holder.createStatement()) {
        statement.execute("BEGIN IMMEDIATE");
        long before = System.nanoTime();
        Answer busy = http.login("examiner", DEMO_PASSWORD);
        long waited = Duration.ofNanos(System.nanoTime() - before).toMillis();
        statement.execute("ROLLBACK");
        assertEquals(503, busy.status(), busy.body());
        assertEquals("2", busy.header("Retry-After"));
        assertTrue(waited >= 1400 && waited < 8000, "waited " + waited + " ms");
      }
      // TAIWA_DEADLINES_SWEEP_ENABLED and _CRON: the sweep runs every second.
      awaitLog(service, "Deadline sweep starting");

      sleepUntil(loggedInAt, Duration.ofSeconds(13));
      // The access token expired after 10 s, the refresh token after 12 s.
      assertEquals(401, http.graphql(access, "{ me { username } }", Map.of()).status());
      assertEquals(400, http.refresh(refresh).status(), "refresh token past its lifetime");
      // The lock of 4 s is over; the idempotency key of 4 s is forgotten.
      sleepUntil(lockedAt, Duration.ofSeconds(5));
      assertEquals(200, http.login("fujimi", DEMO_PASSWORD).status(), "unlocked after 4 s");
      sleepUntil(createdAt, Duration.ofSeconds(5));
      String fresh = (String) http.login("sakura", DEMO_PASSWORD).json().get("access_token");
      assertNotEquals(
          first,
          draftId(http.graphql(fresh, create, Map.of("key", "config-test-key"))),
          "a retry after the retention creates anew");
    }
  }

  @Test
  void aServiceOnPostgresqlUsesTheGivenDatabaseAndRunsNoSweepWhenSwitchedOff() throws Exception {
    Map<String, String> postgres = TestDatabase.freshPostgresDatabase();
    Map<String, String> env = new HashMap<>();
    env.put("TAIWA_DATABASE_URL", postgres.get("url"));
    env.put("TAIWA_DATABASE_USER", postgres.get("user"));
    env.put("TAIWA_DATABASE_PASSWORD", postgres.get("password"));
    env.put("TAIWA_DEADLINES_SWEEP_ENABLED", "false");
    env.put("TAIWA_DEADLINES_SWEEP_CRON", "* * * * * *");
    try (ServiceProcess service = ServiceProcess.start(env)) {
      assertTrue(service.isRunning(), service.stdout() + service.stderr());
      RawHttp http = new RawHttp(service.url());

      assertEquals(401, http.login("nobody-" + System.nanoTime(), "some password").status());

      try (Connection connection =
              DriverManager.getConnection(
                  postgres.get("url"), postgres.get("user"), postgres.get("password"));
          Statement statement = connection.createStatement();
          ResultSet failed =
              statement.executeQuery(
                  "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED'")) {
        failed.next();
        assertEquals(1, failed.getInt(1), "the login was audited in the PostgreSQL database");
      }
      Thread.sleep(2500);
      assertFalse(service.stdout().contains("Deadline sweep starting"), "sweep switched off");
      assertFalse(
          Files.exists(service.directory().resolve("taiwa-data")), "no SQLite file was made");
    }
  }

  @Test
  void productionServesGraphiqlOnlyWhenEnabled() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("TAIWA_MODE", "production");
    env.put("TAIWA_JWT_SECRET", JWT_SECRET);
    env.put("TAIWA_REFRESH_SECRET", REFRESH_SECRET);
    env.put("TAIWA_DEMO_DATA", "true");
    env.put("TAIWA_GRAPHIQL_ENABLED", "true");
    // TAIWA_CONTENT_KEY: production starts with a content key of its own (without: refused below).
    env.put("TAIWA_CONTENT_KEY", CONTENT_KEY);
    // TAIWA_CONTENT_PREVIOUS_KEYS: read too (a malformed one refuses to start, below).
    env.put("TAIWA_CONTENT_PREVIOUS_KEYS", PREVIOUS_CONTENT_KEY);
    // TAIWA_MANAGEMENT_PORT: metrics and health answer there, not on the public port.
    int management = ServiceProcess.freePort();
    env.put("TAIWA_MANAGEMENT_PORT", String.valueOf(management));
    try (ServiceProcess service = ServiceProcess.start(env)) {
      assertTrue(service.isRunning(), service.stdout() + service.stderr());
      RawHttp http = new RawHttp(service.url());

      assertEquals(200, http.get("/graphiql", Map.of()).status(), "enabled explicitly");
      assertEquals(
          401, http.login("sakura", DEMO_PASSWORD).status(), "no demo users in production");
      assertEquals(404, http.get("/prometheus", Map.of()).status(), "not on the public port");
      assertEquals(404, http.get("/health", Map.of()).status(), "moved to the management port");
      RawHttp managementPort = new RawHttp("http://127.0.0.1:" + management);
      Answer metrics = managementPort.get("/prometheus", Map.of());
      assertEquals(200, metrics.status(), "anonymous on the management port");
      assertTrue(metrics.body().contains("taiwa_audit_chain_length"), metrics.body());
      assertEquals(200, managementPort.get("/health", Map.of()).status());
    }
  }

  @Test
  void developmentWithoutDemoDataOrGraphiql() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("TAIWA_MODE", "development");
    env.put("TAIWA_DEMO_DATA", "false");
    env.put("TAIWA_GRAPHIQL_ENABLED", "false");
    try (ServiceProcess service = ServiceProcess.start(env)) {
      assertTrue(service.isRunning(), service.stdout() + service.stderr());
      RawHttp http = new RawHttp(service.url());

      assertEquals(404, http.get("/graphiql", Map.of()).status(), "switched off");
      assertEquals(401, http.login("sakura", DEMO_PASSWORD).status(), "no demo users");
      assertTrue(
          Files.exists(service.directory().resolve("taiwa-data").resolve("taiwa.db")),
          "the default SQLite file, relative to the working directory");
    }
  }

  @Test
  void productionRefusesTheDefaultSecrets() {
    try (ServiceProcess service =
        ServiceProcess.start(
            Map.of("TAIWA_MODE", "production", "TAIWA_CONTENT_KEY", CONTENT_KEY))) {
      assertEquals(1, service.awaitExit());
      assertTrue(service.stderr().contains("TAIWA_JWT_SECRET"), service.stderr());
    }
  }

  @Test
  void productionRefusesTheDevelopmentContentKeyAndAMalformedPreviousKey() {
    Map<String, String> env = new HashMap<>();
    env.put("TAIWA_MODE", "production");
    env.put("TAIWA_JWT_SECRET", JWT_SECRET);
    env.put("TAIWA_REFRESH_SECRET", REFRESH_SECRET);
    try (ServiceProcess service = ServiceProcess.start(env)) {
      assertEquals(1, service.awaitExit());
      String said = service.stdout() + service.stderr();
      assertTrue(said.contains("TAIWA_CONTENT_KEY"), said);
    }
    env.put("TAIWA_CONTENT_KEY", CONTENT_KEY);
    env.put("TAIWA_CONTENT_PREVIOUS_KEYS", "not base64!");
    try (ServiceProcess service = ServiceProcess.start(env)) {
      assertEquals(1, service.awaitExit());
      String said = service.stdout() + service.stderr();
      assertTrue(said.contains("TAIWA_CONTENT_PREVIOUS_KEYS"), said);
    }
  }

  @SuppressWarnings("unchecked")
  private static String draftId(Answer answer) {
    Map<String, Object> data = (Map<String, Object>) answer.json().get("data");
    assertTrue(data != null, answer.body());
    Map<String, Object> payload = (Map<String, Object>) data.get("createPreReportDraft");
    return (String) ((Map<String, Object>) payload.get("preReport")).get("id");
  }

  private static boolean refusesConnections(String url) throws Exception {
    try {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding());
      return false;
    } catch (ConnectException e) {
      return true;
    }
  }

  /** Waits up to 30 s (a loaded machine schedules the every-second job late) for {@code line}. */
  private static void awaitLog(ServiceProcess service, String line) throws InterruptedException {
    for (int i = 0; i < 300 && !service.stdout().contains(line); i++) {
      Thread.sleep(100);
    }
    assertTrue(service.stdout().contains(line), "log has '" + line + "'");
  }

  private static void sleepUntil(long startNanos, Duration after) throws InterruptedException {
    long remaining = startNanos + after.toNanos() - System.nanoTime();
    if (remaining > 0) {
      Thread.sleep(remaining / 1_000_000 + 1);
    }
  }
}
