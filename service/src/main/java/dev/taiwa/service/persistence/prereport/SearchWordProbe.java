package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Decides, within the list's own read, how SQLite finds a search's words. FTS5's trigram table
 * (V35) hands over every report holding them before the list can take its first page in order: a
 * few milliseconds for a rare word, seconds for one that most reports hold (2.6 s on the
 * benchmark's 1,000,000-case file), and as long in a company's own list of a few hundred reports.
 * Read in its order, the list fills a page of a common word within a few rows, but walks every
 * report for a rare one. So the words of 3 characters or more are first looked up together in the
 * table, at most {@code taiwa.search.common-word-reports} reports (default 1,000: about 2 ms on
 * that file): fewer means they are rare together (two common words seldom found side by side
 * included), found through the table; as many means common, matched by {@code LIKE} while the list
 * is read in order. Shorter words, which trigrams cannot find, and every word on PostgreSQL are
 * matched by {@code LIKE}.
 */
@Singleton
final class SearchWordProbe {
  private static final String PROBE =
      "SELECT COUNT(*) FROM (SELECT 1 FROM pre_report_search_fts"
          + " WHERE pre_report_search_fts MATCH ? LIMIT ?)";

  private final SqlStatements queries;
  private final boolean trigramTable;
  private final int commonWordReports;

  SearchWordProbe(
      SqlStatements queries,
      DatabaseSettings database,
      @Value("${taiwa.search.common-word-reports:1000}") int commonWordReports) {
    if (commonWordReports < 1) {
      throw new IllegalArgumentException(
          "taiwa.search.common-word-reports must be at least 1, not " + commonWordReports);
    }
    this.queries = queries;
    this.trigramTable = database.kind() == DatabaseKind.SQLITE;
    this.commonWordReports = commonWordReports;
  }

  /** The words to find through the trigram table, looked up in the caller's transaction. */
  SearchWordIndex index() {
    return trigramTable ? this::rare : SearchWordIndex.NONE;
  }

  private boolean rare(List<String> words) {
    return queries.count(
            new SqlStatement(PROBE, List.of(SearchWordIndex.query(words), commonWordReports)))
        < commonWordReports;
  }
}
