package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.statistics.application.StatisticsQueries;
import dev.taiwa.cases.statistics.model.CaseStatistics;
import dev.taiwa.cases.statistics.port.StatisticsFilter;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the statistics dashboard from the use case the API's {@code statistics} calls (the same
 * bean, the same scope: a company sees its own organisation's figures, officials their track,
 * auditors both; anyone else is refused), with the period and technology filters of the address.
 */
@Singleton
final class DashboardPages {
  private final StatisticsQueries statistics;

  DashboardPages(StatisticsQueries statistics) {
    this.statistics = statistics;
  }

  /** What the page's address asks for, as typed. */
  record Query(String filedFrom, String filedTo, String technology) {
    Query {
      filedFrom = filedFrom == null ? "" : filedFrom.strip();
      filedTo = filedTo == null ? "" : filedTo.strip();
      technology = technology == null ? "" : technology.strip();
    }
  }

  /** The page, or empty when the caller has no statistics (FORBIDDEN). */
  Optional<DashboardPage> of(Actor actor, SignedIn signedIn, Query query) {
    Texts t = signedIn.t();
    LocalDate from = date(query.filedFrom());
    LocalDate to = date(query.filedTo());
    Integer technology = technology(query.technology());
    String fromError =
        from == null && !query.filedFrom().isEmpty() ? t.get("dashboard.badDate") : "";
    String toError = to == null && !query.filedTo().isEmpty() ? t.get("dashboard.badDate") : "";
    String technologyError =
        technology == null && !query.technology().isEmpty() ? t.get("dashboard.badTechnology") : "";
    boolean filtered = fromError.isEmpty() && toError.isEmpty() && technologyError.isEmpty();
    Result<CaseStatistics> result =
        statistics.figures(
            actor, filtered ? new StatisticsFilter(from, to, technology) : StatisticsFilter.none());
    if (!result.accepted()) {
      Rejection refusal = result.errors().get(0);
      if (refusal.code() != ErrorCode.INVALID_VALUE) {
        return Optional.empty();
      }
      if ("filedTo".equals(refusal.field())) {
        toError = t.get("dashboard.reversedPeriod");
      } else {
        technologyError = t.get("dashboard.badTechnology");
      }
      // Refused for its filters: the whole board, the errors next to the fields.
      filtered = false;
      result = statistics.figures(actor, StatisticsFilter.none());
      if (!result.accepted()) {
        return Optional.empty();
      }
    }
    CaseStatistics figures = result.value().orElseThrow();
    DashboardCharts charts = new DashboardCharts(t);
    DashboardPage.Filters filters =
        new DashboardPage.Filters(
            query.filedFrom(),
            query.filedTo(),
            query.technology(),
            fromError,
            toError,
            technologyError);
    return Optional.of(
        new DashboardPage(
            signedIn,
            filters,
            summary(figures, t, filtered),
            charts.preReports(figures.preReports()),
            charts.patents(figures.patents()),
            List.of(charts.deadlines(figures)),
            csvQuery(query)));
  }

  /**
   * The chart {@code id} of {@code page} as CSV rows (headings first), or empty when the page does
   * not show it or its filters have errors (the figures would not be those asked for).
   */
  static Optional<List<List<String>>> csv(DashboardPage page, String id) {
    if (page.filters().hasErrors()) {
      return Optional.empty();
    }
    return page.charts().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .map(
            chart -> {
              List<List<String>> rows = new ArrayList<>();
              rows.add(chart.columns());
              for (DashboardChart.Row row : chart.rows()) {
                List<String> line = new ArrayList<>(List.of(row.label()));
                line.addAll(row.values());
                rows.add(line);
              }
              return rows;
            });
  }

  private static String summary(CaseStatistics figures, Texts t, boolean filtered) {
    String filed =
        figures.preReports() == null
            ? ""
            : t.format("dashboard.filed", figures.preReports().filed());
    return filtered ? filed : t.get("dashboard.unfiltered") + filed;
  }

  private static String csvQuery(Query query) {
    return "&filedFrom="
        + encode(query.filedFrom())
        + "&filedTo="
        + encode(query.filedTo())
        + "&technology="
        + encode(query.technology());
  }

  private static LocalDate date(String text) {
    try {
      return text.isEmpty() ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Integer technology(String text) {
    try {
      return text.isEmpty() ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
