package dev.taiwa.service.persistence.patent;

import static dev.taiwa.service.testsupport.QueryPlans.assertNoSequentialScan;
import static dev.taiwa.service.testsupport.QueryPlans.assertPositionBoundsTheWalk;
import static dev.taiwa.service.testsupport.QueryPlans.assertSearchesAnIndex;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.patent.port.PatentScope;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.ListRows;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * Every shape of the patent application list (each caller's scope, with and without grants, and
 * each filter), explained on {@value ListRows#APPLICATIONS} stored applications: on PostgreSQL no
 * page reads a table from start to end, with its plan chosen for any values; on SQLite a page after
 * a keyset position starts from an index search.
 */
@MicronautTest(transactional = false, startApplication = false)
class PatentListPlansTest extends DatabaseTest {
  private static final PageRequest.Position MIDDLE =
      ListRows.applicationPosition(ListRows.APPLICATIONS / 2);

  @Inject DataSource pooled;
  @Inject DataSourceResolver resolver;
  private DataSource dataSource;

  @BeforeAll
  void storeManyApplications() {
    // The pool itself: the injected bean hands out only the current transaction\'s connection.
    dataSource = resolver.resolve(pooled);
    ListRows.storeReports(dataSource);
    ListRows.storeApplications(dataSource);
  }

  static Stream<Arguments> shapes() {
    Set<CaseId> granted =
        Set.of(new CaseId(ListRows.application(5)), new CaseId(ListRows.application(77)));
    Set<PatentState> reviewed =
        EnumSet.complementOf(
            EnumSet.of(
                PatentState.UNDER_SCREENING, PatentState.OUTSIDE_SCREENING, PatentState.NOT_SENT));
    Map<String, PatentScope> scopes =
        Map.of(
            "examiner", new PatentScope(null, true),
            "reviewer", new PatentScope(null, reviewed, Set.of()),
            "reviewer with grants", new PatentScope(null, reviewed, granted),
            "filer", new PatentScope(ListRows.organisation(3), false),
            "filer with grants", new PatentScope(ListRows.organisation(3), Set.of(), granted),
            "grantee", new PatentScope(null, Set.of(), granted));
    Map<String, PatentFilter> filters =
        Map.of(
            "no filter", PatentFilter.none(),
            "one state", new PatentFilter(Set.of(PatentState.UNDER_SCREENING), null),
            "states",
                new PatentFilter(Set.of(PatentState.DESIGNATED, PatentState.SENT_TO_REVIEW), null),
            "application number", new PatentFilter(Set.of(), "2026-000123"));
    List<Arguments> shapes = new ArrayList<>();
    scopes.forEach(
        (scopeName, scope) ->
            filters.forEach(
                (filterName, filter) -> {
                  PatentSearchSql sql = new PatentSearchSql(scope, filter);
                  shapes.add(
                      Arguments.of(
                          scopeName + ", " + filterName,
                          statement(sql.page(new PageRequest(20, null))),
                          statement(sql.page(new PageRequest(20, MIDDLE)))));
                }));
    return shapes.stream();
  }

  private static SqlStatement statement(PatentSearchSql.Statement statement) {
    return new SqlStatement(statement.sql(), statement.parameters());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void onPostgresNoPageReadsATableWhole(String shape, SqlStatement first, SqlStatement deep) {
    assumeTrue(TestDatabase.isPostgres());

    assertNoSequentialScan(dataSource, first);
    assertNoSequentialScan(dataSource, deep);
    assertPositionBoundsTheWalk(dataSource, deep, "patent_application_newest");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void onSqliteADeepPageStartsFromAnIndexSearch(
      String shape, SqlStatement first, SqlStatement deep) {
    assumeFalse(TestDatabase.isPostgres());

    assertSearchesAnIndex(dataSource, deep, "p");
  }
}
