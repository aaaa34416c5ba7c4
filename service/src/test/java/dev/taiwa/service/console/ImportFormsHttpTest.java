package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.imports.ImportKeyScope;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.http.World;
import dev.taiwa.service.importing.PreReportRows;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk import of pre-reports through the console as {@code taiwa import prereports} runs it:
 * the uploaded CSV's dry run lists exactly the bad rows and writes nothing; running it imports the
 * good rows in the background while the progress endpoint counts up to 100 %, each row stored under
 * its import key with the use case's audit event and one IMPORT_BATCH event for the run. Someone
 * who may not file pre-reports gets 403; another user's import is 404.
 */
@MicronautTest(transactional = false)
class ImportFormsHttpTest extends DatabaseTest {
  private static final Pattern JOB = Pattern.compile("/imports/([0-9a-f-]{36})");
  private static final int ROWS = 30;

  @Inject EmbeddedServer server;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject ImportKeys keys;
  @Inject DataSource dataSource;
  @Inject UnitOfWork unitOfWork;

  private OrganisationId alpha;
  private String filer;
  private String colleague;
  private String admin;
  private final Set<Long> badRows = new TreeSet<>();

  @BeforeAll
  void people() {
    World world = new World(organisations, users, hasher);
    alpha = world.alpha.id();
    filer = world.user("i-filer", world.alpha, Role.FILER);
    colleague = world.user("i-filer-2", world.alpha, Role.FILER);
    admin = world.user("i-admin", world.meti, Role.ADMIN);
  }

  @Test
  void theDryRunListsTheBadRowsThenTheRunReachesAHundredPercentWithTheRowsStoredAndAudited()
      throws Exception {
    byte[] csv = csv();
    try (ConsoleBrowser browser = signedIn(filer)) {
      ConsoleBrowser.Page checked =
          browser.upload(
              "/imports", Map.of("csrf", browser.get("/imports").csrf()), "reports.csv", csv);
      assertEquals(303, checked.status(), checked.html());
      Matcher job = JOB.matcher(checked.location());
      assertTrue(job.matches(), checked.location());
      String path = checked.location();

      String dryRun = browser.get(path).html();
      assertEquals(badRows, ImportPages.badRows(dryRun), dryRun);
      assertTrue(dryRun.contains("取り込める行 " + (ROWS - badRows.size())), dryRun);
      assertTrue(
          keys.known(ImportKeyScope.of(PreReportRows.KIND, alpha), allKeys()).isEmpty(),
          "the dry run wrote nothing");
      assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BATCH'"));

      try (ConsoleBrowser other = signedIn(colleague)) {
        assertEquals(404, other.get(path).status(), "another user's import is not there");
        assertEquals(404, other.get(path + "/progress").status());
      }
      assertEquals(404, browser.get("/imports/not-an-import").status(), "no such id at all");

      ConsoleBrowser.Page run =
          browser.post(path + "/run", Map.of("csrf", browser.get(path).csrf()));
      assertEquals(303, run.status(), run.html());
      List<Integer> seen = new ArrayList<>();
      String progress = "";
      long until = System.nanoTime() + 60_000_000_000L;
      while (System.nanoTime() < until) {
        progress = browser.get(path + "/progress").html();
        Matcher percent = Pattern.compile("value=\"(\\d+)\"").matcher(progress);
        assertTrue(percent.find(), progress);
        seen.add(Integer.parseInt(percent.group(1)));
        if (progress.contains("完了")) {
          break;
        }
        Thread.sleep(100);
      }
      assertEquals(100, seen.get(seen.size() - 1), "the run reaches 100 %: " + progress);
      assertFalse(progress.contains("hx-trigger"), "a finished run is no longer polled");
      for (int i = 1; i < seen.size(); i++) {
        assertTrue(seen.get(i) >= seen.get(i - 1), "progress only grows: " + seen);
      }

      String done = browser.get(path).html();
      assertTrue(done.contains("取り込んだ案件 " + (ROWS - badRows.size()) + " 件"), done);
      assertEquals(badRows, ImportPages.badRows(done), "the bad rows are refused again");
    }
    Set<String> good = new TreeSet<>(allKeys());
    badRows.forEach(row -> good.remove(key((int) (row - 2))));
    assertEquals(
        good,
        keys.known(ImportKeyScope.of(PreReportRows.KIND, alpha), allKeys()),
        "each good row is stored");
    assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BATCH'"));
    assertEquals(
        good.size(),
        count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'PRE_REPORT_SUBMITTED'"
                + " AND outcome = 'ACCEPTED'"),
        "each imported case was submitted through the use case, which audited it");
  }

  @Test
  void aFileWithUnknownColumnsIsRefusedAtTheFileAndSomeoneWhoMayNotFileGetsForbidden() {
    try (ConsoleBrowser browser = signedIn(filer)) {
      ConsoleBrowser.Page refused =
          browser.upload(
              "/imports",
              Map.of("csrf", browser.get("/imports").csrf()),
              "wrong.csv",
              "importKey,colour\r\nK1,red\r\n".getBytes(StandardCharsets.UTF_8));
      assertEquals(422, refused.status(), refused.html());
      assertTrue(refused.html().contains("unknown columns [colour]"), refused.html());
      assertTrue(refused.html().contains("id=\"file-error\""), refused.html());
    }
    try (ConsoleBrowser browser = signedIn(admin)) {
      assertEquals(403, browser.get("/imports").status());
      ConsoleBrowser.Page upload =
          browser.upload("/imports", Map.of("csrf", browser.get("/").csrf()), "r.csv", csv());
      assertEquals(403, upload.status());
    }
  }

  /** ROWS rows; every 7th bad in one of three ways; the spreadsheet row is index + 2. */
  private byte[] csv() {
    badRows.clear();
    StringBuilder csv = PreReportCsv.header();
    for (int i = 0; i < ROWS; i++) {
      String email = "suzuki" + i + "@alpha.example.jp";
      String country = "CN";
      String date = PreReportCsv.plannedDate();
      if (i % 7 == 3) {
        badRows.add(i + 2L);
        switch (i / 7 % 3) {
          case 0 -> email = "not-an-address";
          case 1 -> country = "XX";
          default -> date = "next spring";
        }
      }
      csv.append(PreReportCsv.line(key(i), email, country, date));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String key(int i) {
    return "CONSOLE-IMPORT-" + i;
  }

  private static List<String> allKeys() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      all.add(key(i));
    }
    return all;
  }

  private long count(String sql) {
    return unitOfWork.readOnly(
        () -> {
          try (Connection connection = dataSource.getConnection();
              PreparedStatement statement = connection.prepareStatement(sql);
              ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
