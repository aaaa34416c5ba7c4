package dev.taiwa.service.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.imports.ImportKeyScope;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a filer sees after an import, on either database: every imported report is found by a search
 * for a word of its own (SQLite's trigram index is filled once per batch, V41), the list filtered
 * by state counts each state's reports (SQLite's kept counts, likewise once per batch), and a batch
 * whose transaction fails leaves none of its reports behind, neither in the list nor in a search
 * nor in a count; running the file again imports exactly those.
 */
@MicronautTest(transactional = false)
class ImportedReportsAreFoundTest extends DatabaseTest {
  /** Three transactions of 500, 500 and 203 rows ({@link ImportRunner} imports 500 a batch). */
  private static final int ROWS = 1_203;

  @Inject BeanContext beans;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject PreReportRows preReportRows;
  @Inject PreReportQueries queries;
  @Inject AuditLog auditLog;

  private ImportRunner imports;
  private World world;

  @BeforeAll
  void people() {
    world = new World(organisations, users, hasher);
    imports = new ImportRunner(beans);
  }

  @Test
  void everyImportedReportIsFoundBySearchAndCountedInItsState() {
    Actor filer = filer("found-filer");

    ImportSummary summary = imports.run(preReportRows, "found-filer", "found.csv", csv("FD", ROWS));

    assertEquals(ROWS, summary.created(), summary.problems().toString());
    assertEquals(ROWS, total(filer, PreReportFilter.none()));
    assertEquals(ROWS, total(filer, PreReportFilter.none().withSearch("一括取込")));
    long drafts = IntStream.range(0, ROWS).filter(ImportedReportsAreFoundTest::draft).count();
    assertEquals(drafts, total(filer, state(PreReportState.DRAFT)), "drafts");
    assertEquals(ROWS - drafts, total(filer, state(PreReportState.SUBMITTED)), "submitted");
    assertEquals(
        ROWS - drafts,
        total(
            filer,
            new PreReportFilter(
                Set.of(PreReportState.SUBMITTED), null, "CN", null, null, null, null)),
        "submitted, counted row by row");
    for (int row : sample(ROWS)) {
      List<PreReport> found = find(filer, token("FD", row));
      assertEquals(1, found.size(), "row " + row + " is found by its own word");
      assertEquals(
          draft(row) ? PreReportState.DRAFT : PreReportState.SUBMITTED,
          found.get(0).state(),
          "row " + row);
    }
  }

  @Test
  void aBatchThatFailsLeavesNoneOfItsReportsAndTheRerunImportsThem() {
    Actor filer = filer("failing-filer");
    int rows = 700;
    int failingRow = 650;
    String file = csv("FL", rows);

    assertThrows(
        IllegalStateException.class,
        () -> imports.run(failingAt(failingRow), "failing-filer", "failing.csv", file));

    assertEquals(500, total(filer, PreReportFilter.none()), "the first batch is committed");
    assertEquals(500, total(filer, PreReportFilter.none().withSearch("一括取込")));
    long drafts = IntStream.range(0, 500).filter(ImportedReportsAreFoundTest::draft).count();
    assertEquals(drafts, total(filer, state(PreReportState.DRAFT)));
    assertEquals(500 - drafts, total(filer, state(PreReportState.SUBMITTED)));
    for (int row : List.of(499, 500, 600, failingRow - 1)) {
      int expected = row < 500 ? 1 : 0;
      assertEquals(expected, find(filer, token("FL", row)).size(), "row " + row);
    }
    List<String> stopped = importEvents("failing-filer");
    assertEquals(1, stopped.size(), "the stopped run is in the audit trail: " + stopped);
    assertTrue(
        stopped
            .get(0)
            .matches(
                "PRE_REPORT import of failing\\.csv \\(SHA-256 [0-9a-f]{64}\\) stopped after 500"
                    + " of 700 rows \\(500 created\\): IllegalStateException"),
        stopped.get(0));

    ImportSummary again = imports.run(preReportRows, "failing-filer", "failing.csv", file);

    assertEquals(200, again.created(), again.problems().toString());
    assertEquals(500, again.alreadyImported());
    assertEquals(rows, total(filer, PreReportFilter.none().withSearch("一括取込")));
    long allDrafts = IntStream.range(0, rows).filter(ImportedReportsAreFoundTest::draft).count();
    assertEquals(allDrafts, total(filer, state(PreReportState.DRAFT)));
    assertEquals(rows - allDrafts, total(filer, state(PreReportState.SUBMITTED)));
    for (int row : List.of(500, 600, failingRow, rows - 1)) {
      assertEquals(1, find(filer, token("FL", row)).size(), "row " + row + " after the re-run");
    }
    List<String> both = importEvents("failing-filer");
    assertEquals(2, both.size(), both.toString());
    assertTrue(
        both.get(1).endsWith(": 700 rows, 200 created, 500 already imported, 0 bad"), both.get(1));
  }

  /** The summaries of {@code username}'s IMPORT_BATCH events, oldest first. */
  private List<String> importEvents(String username) {
    return auditLog
        .search(
            new AuditFilter(null, username, null, Set.of("IMPORT_BATCH"), null, null, null, false),
            new AuditPageRequest(100, null, false))
        .items()
        .stream()
        .sorted(Comparator.comparingLong(AuditEvent::sequence))
        .map(e -> e.entry().summary())
        .toList();
  }

  /** A filer of an organisation of its own, so the counts are this test's alone. */
  private Actor filer(String username) {
    Organisation company =
        new Organisation(OrganisationId.random(), username + " 株式会社", OrganisationKind.COMPANY);
    organisations.insert(company);
    world.user(username, company, Role.FILER);
    return users
        .findByUsername(username)
        .map(u -> new Actor(u.id(), u.username(), u.organisationId(), u.roles()))
        .orElseThrow();
  }

  /** Pre-report rows that fail with an exception at row {@code failing} (0-based), rolling back. */
  private CaseRows<PreReportForm> failingAt(int failing) {
    return new CaseRows<>() {
      private int created;

      @Override
      public String kind() {
        return preReportRows.kind();
      }

      @Override
      public ImportKeyScope keyScope(Actor actor) {
        return preReportRows.keyScope(actor);
      }

      @Override
      public List<String> columns() {
        return preReportRows.columns();
      }

      @Override
      public String keyColumn() {
        return preReportRows.keyColumn();
      }

      @Override
      public Parsed<PreReportForm> parse(SourceRow row) {
        return preReportRows.parse(row);
      }

      @Override
      public List<Rejection> check(Actor actor, Parsed<PreReportForm> parsed) {
        return preReportRows.check(actor, parsed);
      }

      @Override
      public Created create(Actor actor, Parsed<PreReportForm> parsed) {
        if (created++ == failing) {
          throw new IllegalStateException("the store failed in the middle of a batch");
        }
        return preReportRows.create(actor, parsed);
      }
    };
  }

  private long total(Actor filer, PreReportFilter filter) {
    return queries.search(filer, filter, new PageRequest(1, null)).totalCount();
  }

  private List<PreReport> find(Actor filer, String word) {
    return queries
        .search(filer, PreReportFilter.none().withSearch(word), new PageRequest(10, null))
        .items();
  }

  private static PreReportFilter state(PreReportState state) {
    return new PreReportFilter(Set.of(state), null, null, null, null, null, null);
  }

  /** Every batch's first and last rows and every 37th row between. */
  private static List<Integer> sample(int rows) {
    return IntStream.range(0, rows)
        .filter(r -> r % 37 == 0 || r % 500 == 0 || r % 500 == 499 || r == rows - 1)
        .boxed()
        .toList();
  }

  /** Every third row stays a draft; the others are submitted. */
  private static boolean draft(int row) {
    return row % 3 == 0;
  }

  /** A word only row {@code row} of the file {@code prefix} has in its technology description. */
  private static String token(String prefix, int row) {
    return prefix + "%05dZ".formatted(row);
  }

  private static String csv(String prefix, int rows) {
    StringBuilder csv = new StringBuilder(ImportRunner.header());
    for (int row = 0; row < rows; row++) {
      csv.append(
          ImportRunner.row(
              prefix + "-" + row,
              "検索 一郎",
              "一括取込の試験 " + token(prefix, row) + " の製造条件を提供する。",
              !draft(row)));
    }
    return csv.toString();
  }
}
