package dev.taiwa.tools.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.tools.PreReportCsv;
import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taiwa import} of 20,000 pre-reports into the SQLite file a running service serves, while
 * clients create drafts and log in over HTTP: both make progress; every HTTP answer is a success or
 * BUSY (never INTERNAL or 500); afterwards the rows and audit events add up exactly (imported rows
 * plus HTTP successes) and {@code verify-audit} finds the chain intact.
 */
class ImportBesideServiceTest {
  private static final int ROWS = 20_000;
  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern ID = Pattern.compile("\"preReport\":\\{\"id\":\"[0-9a-f-]{36}\"");

  @TempDir Path directory;

  private ToolsWorld world;
  private Path csv;
  private EmbeddedServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void aServiceOnTheFileAndAFileToImport() throws IOException {
    world = new ToolsWorld(directory);
    csv = directory.resolve("prereports.csv");
    PreReportCsv.write(csv, "B", ROWS, 90, i -> "false");
    server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "taiwa.database.file", world.file().toString(),
                "micronaut.server.port", -1,
                "taiwa.demo-data", false,
                "taiwa.deadlines.sweep.enabled", false,
                "taiwa.patent.designation-expiry.enabled", false));
    ApplicationContext context = server.getApplicationContext();
    OrganisationId company = OrganisationId.random();
    context
        .getBean(Organisations.class)
        .insert(new Organisation(company, "ウェブ電子株式会社", OrganisationKind.COMPANY));
    context
        .getBean(UserAccounts.class)
        .insert(
            new UserAccount(
                UserId.random(),
                "web-filer",
                "ウェブ 担当",
                company,
                Set.of(Role.FILER),
                context.getBean(PasswordHasher.class).hash(PASSWORD),
                true,
                Instant.now()));
  }

  @AfterEach
  void stopTheService() {
    server.close();
  }

  /** One HTTP answer: OK, BUSY, or anything else (with the response), and when it came. */
  record Answer(String kind, String detail, long at) {}

  private HttpResponse<String> post(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.getURI().resolve(URI.create(path)))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> login() throws Exception {
    return post("/login", null, "{\"username\":\"web-filer\",\"password\":\"" + PASSWORD + "\"}");
  }

  private String token() throws Exception {
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(login().body());
    assertTrue(token.find());
    return token.group(1);
  }

  private Answer create(String token) throws Exception {
    String planned = JapanTime.dateOf(Instant.now()).plusDays(90).toString();
    String json =
        "{\"query\":\"mutation($in: PreReportInput!) { createPreReportDraft(input: $in) {"
            + " preReport { id } errors { code } } }\",\"variables\":{\"in\":{"
            + "\"contact\":{\"name\":\"山田 太郎\",\"email\":\"yamada@web.example.jp\"},"
            + "\"technologyNumbers\":[1],\"transactionType\":\"CONTRACT_MANUFACTURING\","
            + "\"counterparty\":{\"nameOriginal\":\"华东精密\",\"nameRomanised\":\"Huadong\","
            + "\"countryCode\":\"CN\",\"relationship\":\"UNRELATED\"},"
            + "\"plannedDate\":\""
            + planned
            + "\",\"plannedDateKind\":\"CONTRACT\","
            + "\"technologyDescription\":\"積層セラミックコンデンサの製造技術\"}}}";
    HttpResponse<String> response = post("/graphql", token, json);
    String body = response.body();
    String kind;
    if (response.statusCode() == 200
        && ID.matcher(body).find()
        && !body.contains("\"errors\":[{")) {
      kind = "OK";
    } else if (response.statusCode() == 200
        && body.contains("\"code\":\"BUSY\"")
        && body.contains("\"retryAfterSeconds\"")) {
      kind = "BUSY";
    } else {
      kind = "HTTP " + response.statusCode();
    }
    return new Answer(kind, body, System.nanoTime());
  }

  private Answer loginAnswer() throws Exception {
    HttpResponse<String> response = login();
    String kind =
        response.statusCode() == 200 && response.body().contains("access_token")
            ? "OK"
            : response.statusCode() == 503
                    && response.headers().firstValue("Retry-After").isPresent()
                    && response.body().contains("BUSY")
                ? "BUSY"
                : "HTTP " + response.statusCode();
    return new Answer(kind, response.body(), System.nanoTime());
  }

  @Test
  void anImportAndTheServiceWriteToTheSameFileAtOnceAndEverythingAddsUp() throws Exception {
    String token = token();
    long eventsBefore = world.count("SELECT COUNT(*) FROM audit_event");

    CompletableFuture<Run> importing =
        CompletableFuture.supplyAsync(
            () -> world.run("import", "prereports", csv.toString(), "--as", "filer"));
    ConcurrentLinkedQueue<Answer> creates = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Answer> logins = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<Void>> clients = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      boolean logsIn = c == 0;
      clients.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  while (!importing.isDone()) {
                    if (logsIn) {
                      logins.add(loginAnswer());
                    } else {
                      creates.add(create(token));
                    }
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    Run imported = importing.get(10, TimeUnit.MINUTES);
    long importEnded = System.nanoTime();
    CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);

    assertEquals(0, imported.exitCode(), imported.both());
    assertTrue(imported.out().contains("Imported " + ROWS + " cases, 0 bad"), imported.out());
    for (Answer answer : creates) {
      assertTrue(Set.of("OK", "BUSY").contains(answer.kind()), answer.toString());
    }
    for (Answer answer : logins) {
      assertTrue(Set.of("OK", "BUSY").contains(answer.kind()), answer.toString());
    }
    long createsOk = creates.stream().filter(a -> a.kind().equals("OK")).count();
    long loginsOk = logins.stream().filter(a -> a.kind().equals("OK")).count();
    long okWhileImporting =
        creates.stream().filter(a -> a.kind().equals("OK") && a.at() < importEnded).count();
    System.out.printf(
        "import beside the service: %s; HTTP creates %d (%d OK, %d while importing),"
            + " logins %d (%d OK)%n",
        imported.out().lines().reduce((a, b) -> b).orElse(""),
        creates.size(),
        createsOk,
        okWhileImporting,
        logins.size(),
        loginsOk);
    assertTrue(
        okWhileImporting > 0,
        "the service made progress while the import ran: "
            + creates.size()
            + " creates, "
            + createsOk
            + " OK");

    assertEquals(ROWS + createsOk, world.count("SELECT COUNT(*) FROM pre_report"));
    assertEquals(
        ROWS + createsOk,
        world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PRE_REPORT_DRAFT_CREATED'"));
    assertEquals(1, world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BATCH'"));
    assertEquals(
        loginsOk + 2,
        world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_SUCCEEDED'"),
        "the web logins, the first one, and the import's operator proving its account");
    assertEquals(loginsOk + 1, world.count("SELECT COUNT(*) FROM refresh_token"));
    assertEquals(
        eventsBefore + ROWS + 1 + createsOk + loginsOk + 1,
        world.count("SELECT COUNT(*) FROM audit_event"),
        "each row's, the batch's, the service's creates and logins, and the operator's login");
    Run verified = world.run("verify-audit");
    assertEquals(0, verified.exitCode(), verified.both());
    assertTrue(verified.out().startsWith("OK: "), verified.out());
  }
}
