package dev.taiwa.service.persistence.prereport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The columns of {@code pre_report} are written and read from one list ({@link PreReportColumn}):
 * the migrated table has no column the list misses, and what a read selects is, position by
 * position, what its reader reads ({@link PreReportColumn#read}).
 */
@MicronautTest(transactional = false, startApplication = false)
class PreReportColumnsTest extends DatabaseTest {
  /** Kept by a trigger from the case's deadlines: neither written nor read with the report. */
  private static final String KEPT_BY_TRIGGER = "next_due_date";

  @Inject DataSource pooled;
  @Inject DataSourceResolver resolver;

  private final PreReportReads reads =
      PreReportReads.of(TestDatabase.isPostgres() ? DatabaseKind.POSTGRES : DatabaseKind.SQLITE);

  @Test
  void everyColumnOfTheTableIsWrittenFromTheList() throws SQLException {
    Set<String> listed = new TreeSet<>();
    Stream.of(PreReportColumn.values()).map(PreReportColumn::sqlName).forEach(listed::add);
    listed.add(KEPT_BY_TRIGGER);

    assertEquals(
        listed, new TreeSet<>(columns(new SqlStatement("SELECT * FROM pre_report", List.of()))));
  }

  @Test
  void aReadSelectsTheListedColumnsInTheReadersOrderThenTheTechnologies() throws SQLException {
    List<String> expected = new ArrayList<>();
    PreReportColumn.READ.forEach(column -> expected.add(column.sqlName()));
    expected.add(PreReportReads.NUMBERS);
    SqlStatement page =
        reads.page(
            PreReportSearchSql.of(PreReportScope.filedOfEveryOrganisation(), PreReportFilter.none())
                .page(new PageRequest(20, null)),
            PreReportOrder.NEWEST);

    assertEquals(expected, columns(reads.where("r.id = ?", List.of("none"))));
    assertEquals(expected, columns(page));
    for (PreReportColumn column : PreReportColumn.READ) {
      assertEquals(column.sqlName(), expected.get(column.position() - 1));
    }
  }

  /** The names of the columns {@code query} answers, in their order (no row needs to match). */
  private List<String> columns(SqlStatement query) throws SQLException {
    try (Connection connection = resolver.resolve(pooled).getConnection();
        PreparedStatement statement = connection.prepareStatement(query.sql())) {
      for (int i = 0; i < query.parameters().size(); i++) {
        statement.setObject(i + 1, query.parameters().get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          names.add(meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
        }
        return names;
      }
    }
  }
}
