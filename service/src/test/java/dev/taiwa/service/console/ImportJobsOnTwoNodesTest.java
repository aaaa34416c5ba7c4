package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.ServiceProcess;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, many nodes on one database: the console's bulk import is kept in the database, not in
 * the memory of the node that runs it. A job checked on one node is run from another and its
 * progress and outcome are seen on both; a job whose node died (killed: no heartbeat within the
 * lease) or was shut down (at once) is shown as interrupted with how far it got, and the same file
 * again imports only the rest; no one else sees the job.
 */
class ImportJobsOnTwoNodesTest {
  private static final Pattern PROGRESS = Pattern.compile("id=\"progress-text\">(\\d+) / (\\d+) 行");
  private static final String LEASE = "2s";

  /** A dry run of 2,000 rows on a loaded build machine may take longer than the default 10 s. */
  private static final Duration SLOW = Duration.ofSeconds(90);

  @Test
  void aJobCheckedOnOneNodeIsRunFromTheOtherAndSeenOnBothButByNoOneElse() throws Exception {
    Map<String, Object> properties = nodeProperties();
    try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties);
        EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties);
        ConsoleBrowser onFirst = new ConsoleBrowser(first.getURL(), SLOW);
        ConsoleBrowser onSecond = new ConsoleBrowser(second.getURL(), SLOW)) {
      World world = world(first.getApplicationContext());
      String filer = world.user("j-alpha-filer", world.alpha, Role.FILER);
      String colleague = world.user("j-alpha-filer-2", world.alpha, Role.FILER);
      String stranger = world.user("j-beta-filer", world.beta, Role.FILER);
      assertEquals(303, onFirst.signIn(filer, World.PASSWORD).status());
      onSecond.cookies().putAll(onFirst.cookies());
      PreReportCsv file = new PreReportCsv("TWO-NODES", 1200, Set.of(7, 500, 1001));

      String path = uploaded(onFirst, "nodes.csv", file.bytes());

      String dryRun = onSecond.get(path).html();
      assertEquals(
          file.badRows(),
          ImportPages.badRows(dryRun),
          "the other node lists the dry run's bad rows");
      assertTrue(dryRun.contains("取り込める行 " + file.goodRows()), dryRun);

      ConsoleBrowser.Page run =
          onSecond.post(path + "/run", Map.of("csrf", onSecond.get(path).csrf()));
      assertEquals(
          303, run.status(), "the node that did not check the file runs it: " + run.html());
      String progress = awaitEnd(onFirst, path, "完了");
      assertTrue(progress.contains("value=\"100\""), progress);
      assertTrue(progress.contains("1200 / 1200 行"), progress);

      String done = onFirst.get(path).html();
      assertTrue(done.contains("取り込んだ案件 " + file.goodRows() + " 件"), done);
      assertEquals(
          file.badRows(),
          ImportPages.badRows(done),
          "the run's refused rows, seen on the first node");
      assertTrue(onFirst.get("/imports").html().contains(path), "listed among the imports");
      assertEquals(
          file.goodRows(), count(first, "SELECT COUNT(*) FROM import_key"), "each good row once");

      try (ConsoleBrowser other = new ConsoleBrowser(second.getURL());
          ConsoleBrowser sameOrganisation = new ConsoleBrowser(first.getURL())) {
        assertEquals(303, other.signIn(stranger, World.PASSWORD).status());
        assertEquals(404, other.get(path).status(), "another organisation's job is not there");
        assertEquals(404, other.get(path + "/progress").status());
        assertEquals(
            404, other.post(path + "/run", Map.of("csrf", other.get("/").csrf())).status());
        assertFalse(other.get("/imports").html().contains(path), "nor in its list");
        assertEquals(303, sameOrganisation.signIn(colleague, World.PASSWORD).status());
        assertEquals(404, sameOrganisation.get(path).status(), "a job is its account's own");
      }
    }
  }

  @Test
  void aJobWhoseNodeDiedIsShownInterruptedAndTheSameFileAgainImportsOnlyTheRest() throws Exception {
    Map<String, Object> properties = nodeProperties();
    PreReportCsv file = new PreReportCsv("DIED", 2000, Set.of());
    try (EmbeddedServer survivor = ApplicationContext.run(EmbeddedServer.class, properties);
        ServiceProcess doomed = ServiceProcess.start(environment(properties));
        ConsoleBrowser onDoomed = new ConsoleBrowser(new URL(doomed.url()), SLOW);
        ConsoleBrowser onSurvivor = new ConsoleBrowser(survivor.getURL(), SLOW)) {
      assertTrue(doomed.isRunning(), doomed.stdout() + doomed.stderr());
      World world = world(survivor.getApplicationContext());
      String filer = world.user("d-alpha-filer", world.alpha, Role.FILER);
      assertEquals(303, onDoomed.signIn(filer, World.PASSWORD).status());
      onSurvivor.cookies().putAll(onDoomed.cookies());

      String path = uploaded(onDoomed, "died.csv", file.bytes());
      assertEquals(
          303, onDoomed.post(path + "/run", Map.of("csrf", onDoomed.get(path).csrf())).status());
      // Once the first batch of 500 rows is in, the node dies mid-run.
      long until = System.nanoTime() + 120_000_000_000L;
      long doneBefore = 0;
      while (doneBefore == 0 && System.nanoTime() < until) {
        String progress = onDoomed.get(path + "/progress").html();
        assertFalse(progress.contains("完了"), "the run ended before the node could die");
        doneBefore = done(progress);
        Thread.sleep(20);
      }
      doomed.kill();

      String interrupted = awaitEnd(onSurvivor, path, "中断");
      assertTrue(interrupted.contains("中断（サーバー停止）"), interrupted);
      String page = onSurvivor.get(path).html();
      long shown = done(page);
      long imported = count(survivor, "SELECT COUNT(*) FROM import_key");
      assertTrue(shown >= doneBefore, shown + " rows shown, " + doneBefore + " seen before");
      assertTrue(shown <= imported && imported < 2000, shown + " shown, " + imported + " stored");
      assertTrue(page.contains(shown + " / 2000 行のところで取込みが中断しました"), page);
      assertTrue(page.contains("取込みキー（importKey）が取込み済みの行は飛ばされ"), page);

      String again = uploaded(onSurvivor, "died.csv", file.bytes());
      String check = onSurvivor.get(again).html();
      assertTrue(check.contains("取込み済みの行 " + imported + "。"), check);
      assertEquals(
          303,
          onSurvivor.post(again + "/run", Map.of("csrf", onSurvivor.get(again).csrf())).status());
      awaitEnd(onSurvivor, again, "完了");
      String done = onSurvivor.get(again).html();
      assertTrue(done.contains("取り込んだ案件 " + (2000 - imported) + " 件"), done);
      assertEquals(2000, count(survivor, "SELECT COUNT(*) FROM import_key"));
      assertEquals(2000, count(survivor, "SELECT COUNT(*) FROM pre_report"), "no row twice");
    }
  }

  @Test
  void aNodeShutDownMidRunGivesItsJobUpAsInterruptedAtOnce() throws Exception {
    Map<String, Object> properties = nodeProperties();
    // A lease far longer than the test: only the stopping node's own word can interrupt the job.
    properties.put("taiwa.imports.lease", "1h");
    PreReportCsv file = new PreReportCsv("SHUT-DOWN", 6000, Set.of());
    try (EmbeddedServer survivor = ApplicationContext.run(EmbeddedServer.class, properties);
        ConsoleBrowser onSurvivor = new ConsoleBrowser(survivor.getURL(), SLOW)) {
      World world = world(survivor.getApplicationContext());
      String filer = world.user("s-alpha-filer", world.alpha, Role.FILER);
      String path;
      try (EmbeddedServer stopping = ApplicationContext.run(EmbeddedServer.class, properties);
          ConsoleBrowser onStopping = new ConsoleBrowser(stopping.getURL(), SLOW)) {
        assertEquals(303, onStopping.signIn(filer, World.PASSWORD).status());
        onSurvivor.cookies().putAll(onStopping.cookies());
        path = uploaded(onStopping, "stop.csv", file.bytes());
        assertEquals(
            303,
            onStopping.post(path + "/run", Map.of("csrf", onStopping.get(path).csrf())).status());
        long until = System.nanoTime() + 120_000_000_000L;
        while (done(onSurvivor.get(path + "/progress").html()) == 0 && System.nanoTime() < until) {
          Thread.sleep(20);
        }
      }
      String stopped = onSurvivor.get(path + "/progress").html();
      assertTrue(stopped.contains("中断（サーバー停止）"), "at once, not after the lease: " + stopped);
      assertTrue(
          done(stopped) <= count(survivor, "SELECT COUNT(*) FROM import_key"),
          "what it shows was imported");
    }
  }

  /** Uploads {@code bytes} as {@code name} to {@code browser}'s /imports; the new job's page. */
  private static String uploaded(ConsoleBrowser browser, String name, byte[] bytes)
      throws Exception {
    ConsoleBrowser.Page checked =
        browser.upload("/imports", Map.of("csrf", browser.get("/imports").csrf()), name, bytes);
    assertEquals(303, checked.status(), checked.html());
    return checked.location();
  }

  private static Map<String, Object> nodeProperties() {
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    properties.put("taiwa.deadlines.sweep.enabled", false);
    properties.put("taiwa.imports.lease", LEASE);
    return properties;
  }

  /** The same database and settings for a node started as an operator starts it. */
  private static Map<String, String> environment(Map<String, Object> properties) {
    Map<String, String> env = new HashMap<>();
    properties.forEach(
        (name, value) -> {
          if (name.startsWith("taiwa.database.") || name.equals("taiwa.imports.lease")) {
            env.put(name.toUpperCase().replace('.', '_').replace('-', '_'), value.toString());
          }
        });
    env.put("TAIWA_DEMO_DATA", "false");
    env.put("TAIWA_DEADLINES_SWEEP_ENABLED", "false");
    return env;
  }

  private static World world(ApplicationContext context) {
    return new World(
        context.getBean(Organisations.class),
        context.getBean(UserAccounts.class),
        context.getBean(PasswordHasher.class));
  }

  /** Polls the job's progress until its state reads {@code state}; its last fragment. */
  private static String awaitEnd(ConsoleBrowser browser, String path, String state)
      throws InterruptedException {
    long until = System.nanoTime() + 120_000_000_000L;
    String progress = "";
    while (System.nanoTime() < until) {
      ConsoleBrowser.Page page = browser.get(path + "/progress");
      assertEquals(200, page.status(), page.html());
      progress = page.html();
      if (progress.contains("（" + state)) {
        assertFalse(progress.contains("hx-trigger"), "an ended job is no longer polled");
        return progress;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the job did not reach " + state + ": " + progress);
  }

  private static long done(String html) {
    Matcher matcher = PROGRESS.matcher(html);
    assertTrue(matcher.find(), html);
    return Long.parseLong(matcher.group(1));
  }

  private static long count(EmbeddedServer node, String sql) throws SQLException {
    ApplicationContext context = node.getApplicationContext();
    DataSource pool =
        context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
