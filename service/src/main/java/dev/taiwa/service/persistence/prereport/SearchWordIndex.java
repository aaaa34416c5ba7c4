package dev.taiwa.service.persistence.prereport;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the list's SQL finds normalised words (a search's words, the text filter's text) through
 * SQLite's FTS5 trigram table rather than by {@code LIKE} on {@code r.search_text}; see {@link
 * SearchWordProbe}. Both find the same reports.
 */
@FunctionalInterface
interface SearchWordIndex {
  /** Every word by {@code LIKE}: PostgreSQL, whose pg_trgm index serves it (V35). */
  SearchWordIndex NONE = words -> false;

  /**
   * Whether {@code words}, each {@link #indexable}, are found together through the trigram table.
   */
  boolean finds(List<String> words);

  /** Whether a trigram table can find {@code word}: 3 characters or more. */
  static boolean indexable(String word) {
    return word.codePointCount(0, word.length()) >= 3;
  }

  /**
   * The FTS5 query of reports holding every one of {@code words}: each a quoted phrase, which a
   * trigram table matches as a substring whatever it holds, side by side (all must match).
   */
  static String query(List<String> words) {
    return words.stream()
        .map(word -> "\"" + word.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" "));
  }
}
