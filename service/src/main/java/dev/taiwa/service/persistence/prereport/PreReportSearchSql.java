package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.service.persistence.sql.Conditions;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The pre-report list as portable SQL (SQLite and PostgreSQL alike): the caller's scope and every
 * filter in the WHERE clause, in the list's order (newest first by {@code (created_at, id)} unless
 * another is asked, {@link PreReportOrderSql}), continuing after a keyset position. The count uses
 * the same conditions without the position. Public for the benchmark's raw floor ({@code taiwa
 * bench}), which times these very statements through plain JDBC.
 */
public final class PreReportSearchSql {
  /**
   * Reports listing a technology number, probed report by report in list order. {@code OFFSET 0}
   * keeps PostgreSQL from flattening the EXISTS into a hash semi-join, which reads the whole
   * pre_report table and sorts it for every page; probing stops once the page is full, so a page
   * costs about (page size) / (share of reports with the technology) index look-ups, however many
   * reports are stored and however deep the page. SQLite probes this way by itself.
   */
  static final String WITH_TECHNOLOGY =
      "EXISTS (SELECT 1 FROM pre_report_technology t"
          + " WHERE t.report_id = r.id AND t.technology_number = ? LIMIT 1 OFFSET 0)";

  /** Reports with a hit no official has disposed of (index screening_hit_unreviewed, V29). */
  static final String UNREVIEWED_HITS =
      "EXISTS (SELECT 1 FROM screening_hit h"
          + " WHERE h.case_id = r.id AND h.verdict IS NULL LIMIT 1 OFFSET 0)";

  private final Conditions conditions = new Conditions();

  /** Every condition but the technology and the country: those of a walk by technology. */
  private final Conditions besidesTechnology = new Conditions();

  private PreReportOrder order = PreReportOrder.NEWEST;

  /**
   * The technology whose index the page walks in list order (V47), or null when the page walks
   * pre_report itself; see {@link #byTechnology}.
   */
  private Integer walkedTechnology;

  /** The country within {@link #walkedTechnology}'s walk, or null. */
  private String walkedCountry;

  /** True while every condition reads only organisation_id and state (see {@link #count}). */
  private boolean onlyOrganisationAndState = true;

  private PreReportSearchSql() {}

  /**
   * The conditions of {@code scope} and {@code filter}, newest first, search words matched with
   * LIKE; never call with an empty scope.
   */
  public static PreReportSearchSql of(PreReportScope scope, PreReportFilter filter) {
    return of(scope, filter, PreReportOrder.NEWEST, SearchWordIndex.NONE);
  }

  /**
   * The conditions of {@code scope} and {@code filter} in {@code order}; the words {@code index}
   * finds are matched through SQLite's FTS5 trigram table, the others by LIKE ({@link
   * SearchWordProbe}).
   */
  static PreReportSearchSql of(
      PreReportScope scope, PreReportFilter filter, PreReportOrder order, SearchWordIndex index) {
    PreReportSearchSql sql = new PreReportSearchSql();
    sql.order = order;
    if (scope.isNothing()) {
      throw new IllegalArgumentException("no query for an empty scope");
    }
    if (scope.ownOrganisation() != null && scope.everyFiledReport()) {
      sql.where(
          "(r.organisation_id = ? OR r.state <> ?)",
          scope.ownOrganisation().toString(),
          PreReportState.DRAFT.name());
    } else if (scope.ownOrganisation() != null) {
      sql.where("r.organisation_id = ?", scope.ownOrganisation().toString());
    } else {
      sql.where("r.state <> ?", PreReportState.DRAFT.name());
    }
    if (!filter.states().isEmpty()) {
      List<String> states = filter.states().stream().map(PreReportState::name).sorted().toList();
      String marks = states.stream().map(s -> "?").collect(Collectors.joining(", "));
      sql.where("r.state IN (" + marks + ")", states.toArray());
    }
    if (filter.technologyNumber() != null) {
      sql.whereUnlessWalked(WITH_TECHNOLOGY, filter.technologyNumber());
    }
    if (hasText(filter.destinationCountry())) {
      sql.whereUnlessWalked("r.counterparty_country = ?", filter.destinationCountry());
    }
    if (byTechnology(scope, filter, order)) {
      sql.walkedTechnology = filter.technologyNumber();
      sql.walkedCountry = hasText(filter.destinationCountry()) ? filter.destinationCountry() : null;
    }
    if (filter.organisationId() != null) {
      sql.where("r.organisation_id = ?", filter.organisationId().toString());
    }
    if (filter.plannedFrom() != null) {
      sql.whereOther("r.planned_date >= ?", filter.plannedFrom().toString());
    }
    if (filter.plannedTo() != null) {
      sql.whereOther("r.planned_date <= ?", filter.plannedTo().toString());
    }
    if (filter.unreviewedHits()) {
      sql.whereOther(UNREVIEWED_HITS);
    }
    if (hasText(filter.text())) {
      String pattern = "%" + Conditions.escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
      sql.whereOther(
          "(LOWER(r.counterparty_name_original) LIKE ? ESCAPE '!'"
              + " OR LOWER(r.counterparty_name_romanised) LIKE ? ESCAPE '!'"
              + " OR LOWER(r.technology_description) LIKE ? ESCAPE '!')",
          pattern,
          pattern,
          pattern);
      // What the text matches also lies within the report's normalised search text, which an
      // index serves (PostgreSQL's pg_trgm, V35; SQLite's trigram table for a rare text,
      // SearchWordProbe): the list can then start from the few reports holding a rare text
      // instead of reading every report, and still walk its order for a common one. The
      // condition above keeps the filter's meaning; this one only finds candidates (a text ending
      // inside a character that the search text composes, such as the ｶ of ｶﾞ, is not found).
      String normalised = SearchText.normalise(filter.text());
      whereWords(List.of(normalised), index, sql::whereOther);
    }
    whereWords(SearchText.words(filter.search()), index, sql::whereOther);
    return sql;
  }

  /** The conditions of {@code search}'s words added to {@code conditions}. */
  static void search(Conditions conditions, String search, SearchWordIndex index) {
    whereWords(SearchText.words(search), index, conditions::where);
  }

  /**
   * Normalised words that the report's {@code search_text} must all hold, each condition handed to
   * {@code where} with its value: the words of 3 characters or more together through FTS5's trigram
   * table when {@code index} finds them there (SQLite; kept from the search text in the same
   * transaction: new reports once per batch, V41, changes by triggers, V35; a quoted phrase is a
   * substring there, and phrases side by side must all match), every other word by LIKE.
   */
  private static void whereWords(
      List<String> words, SearchWordIndex index, BiConsumer<String, Object> where) {
    List<String> indexable = words.stream().filter(SearchWordIndex::indexable).toList();
    boolean throughIndex = !indexable.isEmpty() && index.finds(indexable);
    if (throughIndex) {
      where.accept(
          "r.id IN (SELECT s.report_id FROM pre_report_search s WHERE s.id IN"
              + " (SELECT rowid FROM pre_report_search_fts WHERE pre_report_search_fts MATCH ?))",
          SearchWordIndex.query(indexable));
    }
    for (String word : words) {
      if (!throughIndex || !SearchWordIndex.indexable(word)) {
        where.accept("r.search_text LIKE ? ESCAPE '!'", "%" + Conditions.escapeLike(word) + "%");
      }
    }
  }

  /**
   * Whether a page walks the technology's index (V47: technology, country, creation time) rather
   * than pre_report: when a technology is asked, the list is in creation order, and its scope is
   * every filed report (an official's) with no organisation filter. Each row of that walk is one
   * report listing the technology, in list order, so a page costs about (page size) / (share of
   * those rows in the scope) look-ups: one each for an official, since nearly every report there is
   * filed. A company's list, or one organisation's, keeps walking its organisation's reports, which
   * are fewer than a technology's across all organisations.
   */
  private static boolean byTechnology(
      PreReportScope scope, PreReportFilter filter, PreReportOrder order) {
    return filter.technologyNumber() != null
        && order.sort() == PreReportSort.CREATED
        && scope.everyFiledReport()
        && filter.organisationId() == null;
  }

  /** Selects one page plus one row, so the caller can tell whether more follow. */
  public SqlStatement page(PageRequest page) {
    if (walkedTechnology != null) {
      return technologyPage(page);
    }
    Conditions paged = conditions.copy();
    PreReportOrderSql.after(paged, order, page.after());
    return paged.statement(
        "SELECT r.* FROM pre_report r",
        PreReportOrderSql.orderBy(order) + " LIMIT ?",
        page.first() + 1);
  }

  /**
   * A page walking the technology's rows (and the country's, when asked) in creation order: the
   * technology rows carry their report's creation time and country (V47), so the walk is one index
   * range from the keyset position on, and each row joins its report by id for the other
   * conditions.
   */
  private SqlStatement technologyPage(PageRequest page) {
    Conditions paged = besidesTechnology.copy();
    paged.where("k.technology_number = ?", walkedTechnology);
    if (walkedCountry != null) {
      paged.where("k.counterparty_country = ?", walkedCountry);
    }
    PreReportOrderSql.afterCreated(paged, order, page.after(), "k.created_at", "k.report_id");
    return paged.statement(
        "SELECT r.* FROM pre_report_technology k JOIN pre_report r ON r.id = k.report_id",
        PreReportOrderSql.orderBy(order, "k.created_at", "k.report_id") + " LIMIT ?",
        page.first() + 1);
  }

  /**
   * How many reports match. When the conditions read only the organisation and the state (the
   * scope, the states and the organisation filter), the same conditions sum the kept counts in
   * {@code pre_report_count} (at most organisations x states rows, kept with each change, V23 and
   * V41) instead of counting every report.
   */
  SqlStatement count() {
    return onlyOrganisationAndState
        ? conditions.statement("SELECT COALESCE(SUM(r.reports), 0) FROM pre_report_count r", "")
        : conditions.statement("SELECT COUNT(*) FROM pre_report r", "");
  }

  /** A condition on organisation_id and state only. */
  private void where(String condition, Object... values) {
    conditions.where(condition, values);
    besidesTechnology.where(condition, values);
  }

  /** A condition on any other column but the technology and the country. */
  private void whereOther(String condition, Object... values) {
    where(condition, values);
    onlyOrganisationAndState = false;
  }

  /**
   * The technology's or the country's condition: on pre_report's own page and the count, not on a
   * walk by technology ({@link #technologyPage}), whose index range holds it.
   */
  private void whereUnlessWalked(String condition, Object... values) {
    conditions.where(condition, values);
    onlyOrganisationAndState = false;
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }
}
