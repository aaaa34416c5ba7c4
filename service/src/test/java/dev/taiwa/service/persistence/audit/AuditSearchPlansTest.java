package dev.taiwa.service.persistence.audit;

import static dev.taiwa.service.testsupport.QueryPlans.assertNoSequentialScan;
import static dev.taiwa.service.testsupport.QueryPlans.assertSearchesAnIndex;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.ListRows;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter of the audit search, alone and as an official's search (events of filed cases only),
 * explained on {@value ListRows#AUDIT_EVENTS} stored events: on PostgreSQL no page reads a table
 * from start to end, with its plan chosen for any values; on SQLite a page below a sequence starts
 * from an index search.
 */
@MicronautTest(transactional = false, startApplication = false)
class AuditSearchPlansTest extends DatabaseTest {
  @Inject DataSource pooled;
  @Inject DataSourceResolver resolver;
  private DataSource dataSource;

  @BeforeAll
  void storeManyEvents() {
    // The pool itself: the injected bean hands out only the current transaction\'s connection.
    dataSource = resolver.resolve(pooled);
    ListRows.storeReports(dataSource);
    ListRows.storeAuditEvents(dataSource);
  }

  static Stream<Arguments> shapes() {
    Instant from = Instant.parse("2025-01-10T00:00:00Z");
    Map<String, AuditFilter> filters =
        Map.of(
            "no filter", AuditFilter.none(),
            "actor", filter(ListRows.officer(4), null, null, Set.of(), null, null, null),
            "actor name", filter(null, "officer-4", null, Set.of(), null, null, null),
            "case", filter(null, null, new CaseId(ListRows.report(9)), Set.of(), null, null, null),
            "actions", filter(null, null, null, Set.of("LOGIN_SUCCEEDED"), null, null, null),
            "outcome", filter(null, null, null, Set.of(), AuditOutcome.REJECTED, null, null),
            "period", filter(null, null, null, Set.of(), null, from, from.plusSeconds(86_400)));
    List<Arguments> shapes = new ArrayList<>();
    filters.forEach(
        (name, filter) -> {
          for (AuditFilter searched : List.of(filter, filter.withFiledCaseEventsOnly())) {
            AuditSearchSql sql = AuditSearchSql.of(searched);
            shapes.add(
                Arguments.of(
                    (searched.filedCaseEventsOnly() ? "official, " : "auditor, ") + name,
                    sql.page(AuditPageRequest.firstPage(50)),
                    sql.page(new AuditPageRequest(50, ListRows.AUDIT_EVENTS / 2L))));
          }
        });
    return shapes.stream();
  }

  private static AuditFilter filter(
      dev.taiwa.cases.kernel.UserId actor,
      String actorName,
      CaseId caseId,
      Set<String> actions,
      AuditOutcome outcome,
      Instant from,
      Instant before) {
    return new AuditFilter(actor, actorName, caseId, actions, outcome, from, before, false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void onPostgresNoPageReadsATableWhole(String shape, SqlStatement first, SqlStatement deep) {
    assumeTrue(TestDatabase.isPostgres());

    assertNoSequentialScan(dataSource, first);
    assertNoSequentialScan(dataSource, deep);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void onSqliteADeepPageStartsFromAnIndexSearch(
      String shape, SqlStatement first, SqlStatement deep) {
    assumeFalse(TestDatabase.isPostgres());

    assertSearchesAnIndex(dataSource, deep, "audit_event");
  }
}
