package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Decides, word by word within the list's own read, how SQLite finds a search word. FTS5's trigram
 * table (V35) hands over every report holding a word before the list can take its first page in
 * order: a few milliseconds for a rare word, seconds for one that most reports hold (2.6 s on the
 * benchmark's 1,000,000-case file), and as long for a company's own list of a few hundred reports.
 * Read in its order, the list fills a page of a common word within a few rows, but walks every
 * report for a rare one. So a word of 3 characters or more is first looked up in the trigram table,
 * at most {@code taiwa.search.common-word-reports} entries (default 1,000: about 2 ms on that
 * file); fewer means rare, found through the table; as many means common, matched by {@code LIKE}
 * while the list is read in order. Shorter words, which trigrams cannot find, and every word on
 * PostgreSQL are matched by {@code LIKE}.
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

  private boolean rare(String word) {
    return word.codePointCount(0, word.length()) >= 3
        && queries.count(new SqlStatement(PROBE, List.of(phrase(word), commonWordReports)))
            < commonWordReports;
  }

  /** {@code word} as one FTS5 phrase: a substring of the search text, whatever it holds. */
  static String phrase(String word) {
    return "\"" + word.replace("\"", "\"\"") + "\"";
  }
}
