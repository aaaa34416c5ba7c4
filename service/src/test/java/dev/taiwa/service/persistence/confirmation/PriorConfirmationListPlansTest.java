package dev.taiwa.service.persistence.confirmation;

import static dev.taiwa.service.testsupport.QueryPlans.assertNoSequentialScan;
import static dev.taiwa.service.testsupport.QueryPlans.assertPositionBoundsTheWalk;
import static dev.taiwa.service.testsupport.QueryPlans.assertSearchesAnIndex;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.ListRows;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The prior confirmation list, of one organisation and of all, explained on {@value
 * ListRows#CONFIRMATIONS} stored requests: on PostgreSQL no page (nor one organisation's count)
 * reads the table from start to end; on SQLite a page after a keyset position starts from an index
 * search.
 */
@MicronautTest(transactional = false, startApplication = false)
class PriorConfirmationListPlansTest extends DatabaseTest {
  private static final PageRequest.Position MIDDLE =
      ListRows.confirmationPosition(ListRows.CONFIRMATIONS / 2);

  @Inject DataSource pooled;
  @Inject DataSourceResolver resolver;
  private DataSource dataSource;

  @BeforeAll
  void storeManyRequests() {
    // The pool itself: the injected bean hands out only the current transaction\'s connection.
    dataSource = resolver.resolve(pooled);
    ListRows.storeReports(dataSource);
    ListRows.storeConfirmations(dataSource);
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("every organisation", PriorConfirmationSearchSql.of(null)),
        Arguments.of("one organisation", PriorConfirmationSearchSql.of(ListRows.organisation(3))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void onPostgresNoPageReadsTheTableWhole(String shape, PriorConfirmationSearchSql sql) {
    assumeTrue(TestDatabase.isPostgres());

    assertNoSequentialScan(dataSource, sql.page(new PageRequest(20, null)));
    assertNoSequentialScan(dataSource, sql.page(new PageRequest(20, MIDDLE)));
    assertPositionBoundsTheWalk(
        dataSource, sql.page(new PageRequest(20, MIDDLE)), "prior_confirmation_newest");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void onSqliteADeepPageStartsFromAnIndexSearch(String shape, PriorConfirmationSearchSql sql) {
    assumeFalse(TestDatabase.isPostgres());

    SqlStatement deep = sql.page(new PageRequest(20, MIDDLE));
    assertSearchesAnIndex(dataSource, deep, "prior_confirmation");
  }

  @org.junit.jupiter.api.Test
  void onPostgresOneOrganisationsCountUsesAnIndex() {
    assumeTrue(TestDatabase.isPostgres());

    assertNoSequentialScan(
        dataSource, PriorConfirmationSearchSql.of(ListRows.organisation(3)).count());
  }
}
