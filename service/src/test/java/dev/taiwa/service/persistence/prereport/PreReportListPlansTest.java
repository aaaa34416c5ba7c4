package dev.taiwa.service.persistence.prereport;

import static dev.taiwa.service.testsupport.QueryPlans.assertNoSequentialScan;
import static dev.taiwa.service.testsupport.QueryPlans.assertNoSequentialScanOf;
import static dev.taiwa.service.testsupport.QueryPlans.assertPositionBoundsTheWalk;
import static dev.taiwa.service.testsupport.QueryPlans.assertSearchesAnIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.ListRows;
import dev.taiwa.service.testsupport.QueryPlans;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shape of the pre-report list and the dialogue queues, with each filter the API offers,
 * explained on {@value ListRows#REPORTS} stored reports: on PostgreSQL no page reads a table from
 * start to end, even with its plan chosen for any values; on SQLite a page after a keyset position
 * starts from an index search at that position (or at a filter), never from the newest row.
 */
@MicronautTest(transactional = false, startApplication = false)
class PreReportListPlansTest extends DatabaseTest {
  private static final PageRequest.Position MIDDLE = ListRows.reportPosition(ListRows.REPORTS / 2);

  /** Every filed report: an official's list. */
  private static final PreReportScope OFFICIAL = PreReportScope.filedOfEveryOrganisation();

  @Inject DataSource pooled;
  @Inject DataSourceResolver resolver;
  private DataSource dataSource;

  @BeforeAll
  void storeManyReports() {
    // The pool itself: the injected bean hands out only the current transaction\'s connection.
    dataSource = resolver.resolve(pooled);
    ListRows.storeReports(dataSource);
  }

  static Stream<Arguments> listShapes() {
    OrganisationId own = ListRows.organisation(3);
    Map<String, PreReportScope> scopes =
        Map.of(
            "official",
            PreReportScope.filedOfEveryOrganisation(),
            "filer",
            PreReportScope.ownOrganisation(own),
            "filer and official",
            PreReportScope.ownOrganisation(own).union(PreReportScope.filedOfEveryOrganisation()));
    Map<String, PreReportFilter> filters =
        Map.of(
            "no filter", PreReportFilter.none(),
            "one state", filter(Set.of(PreReportState.SUBMITTED), null, null, null, null),
            "states",
                filter(
                    Set.of(PreReportState.SUBMITTED, PreReportState.IN_DIALOGUE),
                    null,
                    null,
                    null,
                    null),
            "technology", filter(Set.of(), 8, null, null, null),
            "country", filter(Set.of(), null, "CN", null, null),
            "technology and country", filter(Set.of(), 8, "CN", null, null),
            "organisation", filter(Set.of(), null, null, ListRows.organisation(7), null),
            "planned dates",
                new PreReportFilter(
                    Set.of(),
                    null,
                    null,
                    null,
                    LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 3, 31),
                    null),
            "text", filter(Set.of(), null, null, null, "foil"));
    List<Arguments> shapes = new ArrayList<>();
    scopes.forEach(
        (scopeName, scope) ->
            filters.forEach(
                (filterName, filter) -> {
                  PreReportSearchSql sql = PreReportSearchSql.of(scope, filter);
                  shapes.add(
                      Arguments.of(
                          scopeName + ", " + filterName,
                          read(sql.page(new PageRequest(20, null)), PreReportOrder.NEWEST),
                          read(sql.page(new PageRequest(20, MIDDLE)), PreReportOrder.NEWEST),
                          sql.count()));
                }));
    return shapes.stream();
  }

  static Stream<Arguments> queueShapes() {
    Set<PreReportState> open =
        EnumSet.of(
            PreReportState.SUBMITTED, PreReportState.UNDER_REVIEW, PreReportState.IN_DIALOGUE);
    UserId officer = ListRows.officer(2);
    List<Arguments> shapes = new ArrayList<>();
    for (DialogueQueue queue : DialogueQueue.values()) {
      DialogueQueueSql sql =
          DialogueQueueSql.of(
              new DialogueQueueSelection(queue, open, officer, 8, LocalDate.of(2027, 6, 1)),
              PreReportOrder.NEWEST);
      shapes.add(
          Arguments.of(
              "queue " + queue,
              read(sql.page(new PageRequest(20, null)), PreReportOrder.NEWEST),
              read(sql.page(new PageRequest(20, MIDDLE)), PreReportOrder.NEWEST),
              sql.count()));
    }
    return shapes.stream();
  }

  /**
   * Every order but newest first, and a search, over every filed report (an official's list); on
   * SQLite the search's words both as rare ones, found through the trigram table, and as common
   * ones, matched while the list is read ({@link SearchWordProbe}).
   */
  static Stream<Arguments> sortShapes() {
    List<Arguments> shapes = new ArrayList<>();
    PreReportFilter search = PreReportFilter.none().withSearch("ｆｏｉｌ 箔");
    SearchWordIndex rare = words -> !TestDatabase.isPostgres();
    for (PreReportSort sort : PreReportSort.values()) {
      for (SortDirection direction : SortDirection.values()) {
        PreReportOrder order = new PreReportOrder(sort, direction);
        Map.of(
                "no filter",
                    PreReportSearchSql.of(
                        OFFICIAL, PreReportFilter.none(), order, SearchWordIndex.NONE),
                "search, rare words", PreReportSearchSql.of(OFFICIAL, search, order, rare),
                "search, common words",
                    PreReportSearchSql.of(OFFICIAL, search, order, SearchWordIndex.NONE))
            .forEach(
                (name, sql) ->
                    shapes.add(
                        Arguments.of(
                            sort + " " + direction + ", " + name,
                            read(sql.page(new PageRequest(20, null)), order),
                            read(sql.page(new PageRequest(20, MIDDLE)), order))));
      }
    }
    return shapes.stream();
  }

  /**
   * Each sort walks its own index (V35) from the position on: no page sorts the whole list, nor
   * reads a table whole on PostgreSQL.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sortShapes")
  void everySortWalksAnIndexFromThePosition(String shape, SqlStatement first, SqlStatement deep) {
    if (TestDatabase.isPostgres()) {
      assertNoSequentialScan(dataSource, first);
      assertNoSequentialScan(dataSource, deep);
    } else {
      assertSearchesAnIndex(dataSource, deep, "r");
    }
  }

  /** A page as the service reads it: its rows with their technologies ({@link PreReportReads}). */
  private static SqlStatement read(SqlStatement page, PreReportOrder order) {
    return PreReportReads.of(
            TestDatabase.isPostgres() ? DatabaseKind.POSTGRES : DatabaseKind.SQLITE)
        .page(page, order);
  }

  private static PreReportFilter filter(
      Set<PreReportState> states,
      Integer technology,
      String country,
      OrganisationId organisation,
      String text) {
    return new PreReportFilter(states, technology, country, organisation, null, null, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"listShapes", "queueShapes"})
  void onPostgresNoPageReadsATableWhole(
      String shape, SqlStatement first, SqlStatement deep, SqlStatement count) {
    assumeTrue(TestDatabase.isPostgres());

    assertNoSequentialScan(dataSource, first);
    assertNoSequentialScan(dataSource, deep);
    for (String index : ORDER_INDEXES) {
      assertPositionBoundsTheWalk(dataSource, deep, index);
    }
  }

  /** The indexes in list order that a page may walk: the reports', or a technology's (V47). */
  private static final List<String> ORDER_INDEXES =
      List.of(
          "pre_report_newest",
          "pre_report_technology_newest",
          "pre_report_technology_country_newest");

  static Stream<Arguments> technologyWalks() {
    return Stream.of(
        Arguments.of("technology", filter(Set.of(), 8, null, null, null), ORDER_INDEXES.get(1)),
        Arguments.of(
            "technology and country", filter(Set.of(), 8, "CN", null, null), ORDER_INDEXES.get(2)),
        Arguments.of(
            "technology, country and states",
            filter(Set.of(PreReportState.SUBMITTED), 8, "CN", null, null),
            ORDER_INDEXES.get(2)));
  }

  /**
   * An official's list by technology walks that technology's rows (and country's, when asked) in
   * list order from the position, in both directions: a page reads about one row per report shown
   * and sorts nothing, however many reports list the technology and however few of them go to the
   * country. Before V47 it probed the reports newest first, every report of the scope for a rare
   * technology.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("technologyWalks")
  void anOfficialsListByTechnologyWalksThatTechnologysIndexInOrder(
      String shape, PreReportFilter filter, String index) {
    for (SortDirection direction : SortDirection.values()) {
      PreReportOrder order = new PreReportOrder(PreReportSort.CREATED, direction);
      SqlStatement deep =
          PreReportSearchSql.of(OFFICIAL, filter, order, SearchWordIndex.NONE)
              .page(new PageRequest(20, MIDDLE));
      List<String> plan = QueryPlans.of(dataSource, deep);
      Predicate<String> walk =
          TestDatabase.isPostgres()
              ? line -> line.contains(" using " + index + " on pre_report_technology k")
              : line ->
                  line.startsWith("SEARCH k USING ") && line.contains("INDEX " + index + " (");
      assertTrue(
          plan.stream().anyMatch(walk),
          () -> direction + ": no walk of " + index + "\n" + String.join("\n", plan));
      assertFalse(
          plan.stream().anyMatch(line -> line.contains("Sort") || line.contains("TEMP B-TREE")),
          () -> direction + ": a sort\n" + String.join("\n", plan));
      if (TestDatabase.isPostgres()) {
        assertPositionBoundsTheWalk(dataSource, deep, index);
      } else {
        assertTrue(
            plan.stream()
                .anyMatch(line -> walk.test(line) && line.contains("(created_at,report_id)")),
            () -> direction + ": the position does not bound the walk\n" + String.join("\n", plan));
      }
    }
  }

  /**
   * An official's list by a text that one report holds starts from the search text's trigram index
   * (V35), for its first page and a deep one: on PostgreSQL pg_trgm's (without it the planner read
   * every report and sorted them: a 100,000-report register took 110 ms for a text no report held),
   * on SQLite the trigram table, which {@link SearchWordProbe} finds a rare text through (without
   * it every report of the scope was read: 0.28 s on the benchmark's 1,000,000-case file).
   */
  @Test
  void aRareTextStartsFromTheSearchIndex() {
    boolean postgres = TestDatabase.isPostgres();
    PreReportSearchSql sql =
        PreReportSearchSql.of(
            OFFICIAL,
            filter(Set.of(), null, null, null, "Counterparty 12345"),
            PreReportOrder.NEWEST,
            words -> !postgres);
    for (PageRequest page : List.of(new PageRequest(20, null), new PageRequest(20, MIDDLE))) {
      SqlStatement read = read(sql.page(page), PreReportOrder.NEWEST);
      List<String> plan =
          postgres ? QueryPlans.forValues(dataSource, read) : QueryPlans.of(dataSource, read);
      String index =
          postgres ? " on pre_report_search_trigrams" : "SCAN pre_report_search_fts VIRTUAL TABLE";
      assertTrue(
          plan.stream().anyMatch(line -> line.contains(index)),
          () -> "no search index\n" + String.join("\n", plan));
      assertFalse(
          plan.stream().anyMatch(line -> line.contains("Seq Scan") || line.startsWith("SCAN r")),
          () -> "a whole table read\n" + String.join("\n", plan));
    }
  }

  /**
   * A filer's count starts from its organisation's index; any count whose filters are only states
   * and organisation sums the kept counts (pre_report_count) and reads no report at all.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("listShapes")
  void onPostgresACountOfAFilerOrOfStatesReadsNoTableWhole(
      String shape, SqlStatement first, SqlStatement deep, SqlStatement count) {
    String filter = shape.substring(shape.indexOf(", ") + 2);
    boolean kept = Set.of("no filter", "one state", "states", "organisation").contains(filter);
    assumeTrue(TestDatabase.isPostgres() && (shape.startsWith("filer,") || kept));

    assertNoSequentialScanOf(dataSource, count, "pre_report");
    assertEquals(kept, count.sql().contains("FROM pre_report_count"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"listShapes", "queueShapes"})
  void onSqliteADeepPageStartsFromAnIndexSearch(
      String shape, SqlStatement first, SqlStatement deep, SqlStatement count) {
    assumeFalse(TestDatabase.isPostgres());

    assertSearchesAnIndex(dataSource, deep, "r");
  }

  /**
   * On SQLite a rare search word starts from its few entries in the trigram table (V35); a common
   * one is matched while the list is read newest first, sorting nothing, for the first page and a
   * deep one: through the table every report holding it would be read and sorted before the first
   * page (2.6 s on the benchmark's 1,000,000-case file). {@link SearchWordProbe} tells them apart.
   */
  @Test
  void onSqliteARareWordStartsFromTheTrigramTableAndACommonOneReadsTheListInOrder() {
    assumeFalse(TestDatabase.isPostgres());
    PreReportFilter filter = PreReportFilter.none().withSearch("Counterparty");
    PreReportOrder newest = PreReportOrder.NEWEST;
    for (PageRequest page : List.of(new PageRequest(20, null), new PageRequest(20, MIDDLE))) {
      List<String> rare =
          QueryPlans.of(
              dataSource,
              read(
                  PreReportSearchSql.of(OFFICIAL, filter, newest, words -> true).page(page),
                  newest));
      assertTrue(
          rare.stream().anyMatch(line -> line.contains("SCAN pre_report_search_fts VIRTUAL TABLE")),
          () -> "a rare word does not start from the trigram table\n" + String.join("\n", rare));
      List<String> common =
          QueryPlans.of(
              dataSource,
              read(
                  PreReportSearchSql.of(OFFICIAL, filter, newest, SearchWordIndex.NONE).page(page),
                  newest));
      assertTrue(
          common.stream().anyMatch(line -> line.contains("USING INDEX pre_report_newest")),
          () -> "a common word does not read the list in order\n" + String.join("\n", common));
      assertFalse(
          common.stream().anyMatch(line -> line.contains("TEMP B-TREE FOR ORDER BY")),
          () -> "a common word sorts its matches\n" + String.join("\n", common));
    }
  }
}
