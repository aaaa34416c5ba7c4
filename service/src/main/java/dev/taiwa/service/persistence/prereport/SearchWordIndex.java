package dev.taiwa.service.persistence.prereport;

/**
 * Which normalised words (a search's words, the text filter's text) the list's SQL finds through
 * SQLite's FTS5 trigram table rather than by {@code LIKE} on {@code r.search_text}; see {@link
 * SearchWordProbe}. Both find the same reports.
 */
@FunctionalInterface
interface SearchWordIndex {
  /** Every word by {@code LIKE}: PostgreSQL, whose pg_trgm index serves it (V35). */
  SearchWordIndex NONE = word -> false;

  /** Whether {@code word} is found through the trigram table. */
  boolean finds(String word);
}
