package dev.taiwa.service.console;

import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.TransactionType;
import dev.taiwa.cases.statistics.model.CaseStatistics;
import dev.taiwa.cases.statistics.model.CountBy;
import dev.taiwa.cases.statistics.model.DeadlineKeeping;
import dev.taiwa.cases.statistics.model.PatentFigures;
import dev.taiwa.cases.statistics.model.PreReportFigures;
import dev.taiwa.cases.statistics.model.TimeToClose;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The dashboard's charts from the figures the statistics use case answered, in the caller's words.
 */
final class DashboardCharts {
  private final Texts t;

  DashboardCharts(Texts t) {
    this.t = t;
  }

  List<DashboardChart> preReports(PreReportFigures f) {
    if (f == null) {
      return List.of();
    }
    return List.of(
        counts("technology", f.byTechnology(), k -> t.format("home.technology", k)),
        counts("country", f.byDestinationCountry(), this::orUnknown),
        counts("transaction", f.byTransactionType(), k -> label(TransactionType.class, k)),
        counts("state", f.byState(), k -> label(PreReportState.class, k)),
        counts("month", f.byMonthFiled(), this::orUnknown),
        leadTime(f),
        timeToClose(f.timeToClose()));
  }

  List<DashboardChart> patents(PatentFigures f) {
    if (f == null) {
      return List.of();
    }
    String count = t.get("dashboard.count");
    List<DashboardChart.Row> rows =
        List.of(
            row("screened", f.screened()),
            row("sentToReview", f.sentToReview()),
            row("designationsInForce", f.designationsInForce()),
            row("designationsEndingSoon", f.designationsEndingSoon()),
            row("extensions", f.extensions()),
            row("liftings", f.liftings()),
            row("compensationClaims", f.compensationClaims()),
            row("compensationPaidClaims", f.compensationPaidClaims()));
    List<DashboardChart.Row> yen =
        List.of(
            row("compensationClaimedYen", f.compensationClaimedYen()),
            row("compensationPaidYen", f.compensationPaidYen()));
    return List.of(
        new DashboardChart(
            "patents",
            t.format("dashboard.chart.patents", percent(f.shareSentToReview())),
            List.of(t.get("dashboard.figure"), count),
            rows),
        new DashboardChart(
            "compensation",
            t.get("dashboard.chart.compensation"),
            List.of(t.get("dashboard.figure"), t.get("dashboard.yen")),
            yen));
  }

  DashboardChart deadlines(CaseStatistics statistics) {
    List<DashboardChart.Row> rows =
        statistics.deadlines().stream()
            .map(
                (DeadlineKeeping d) ->
                    new DashboardChart.Row(
                        d.rule(),
                        List.of(number(d.metOnTime()), number(d.metLate()), number(d.overdue())),
                        d.overdue()))
            .toList();
    return new DashboardChart(
        "deadlines",
        t.get("dashboard.chart.deadlines"),
        List.of(
            t.get("dashboard.rule"),
            t.get("dashboard.metOnTime"),
            t.get("dashboard.metLate"),
            t.get("dashboard.overdue")),
        rows);
  }

  private DashboardChart counts(String id, List<CountBy> counts, Function<String, String> label) {
    return new DashboardChart(
        id,
        t.get("dashboard.chart." + id),
        List.of(t.get("dashboard.key." + id), t.get("dashboard.count")),
        counts.stream()
            .map(
                c ->
                    new DashboardChart.Row(
                        label.apply(c.key()), List.of(number(c.count())), c.count()))
            .toList());
  }

  private DashboardChart leadTime(PreReportFigures f) {
    return new DashboardChart(
        "leadtime",
        t.get("dashboard.chart.leadtime"),
        List.of(
            t.get("dashboard.key.leadtime"), t.get("dashboard.count"), t.get("dashboard.share")),
        f.byLeadTime().stream()
            .map(
                c ->
                    new DashboardChart.Row(
                        t.get("dashboard.leadTime." + c.key()),
                        List.of(number(c.count()), percent(f.leadTimeShare(c))),
                        c.count()))
            .toList());
  }

  private DashboardChart timeToClose(List<TimeToClose> times) {
    return new DashboardChart(
        "closure",
        t.get("dashboard.chart.closure"),
        List.of(
            t.get("dashboard.key.closure"),
            t.get("dashboard.count"),
            t.get("dashboard.medianDays"),
            t.get("dashboard.percentile90Days")),
        times.stream()
            .map(
                c ->
                    new DashboardChart.Row(
                        label(PreReportState.class, c.outcome()),
                        List.of(
                            number(c.cases()),
                            number(c.medianDays()),
                            number(c.percentile90Days())),
                        c.medianDays()))
            .toList());
  }

  private DashboardChart.Row row(String figure, long value) {
    return new DashboardChart.Row(
        t.get("dashboard.figure." + figure), List.of(number(value)), value);
  }

  private <E extends Enum<E>> String label(Class<E> type, String name) {
    try {
      return t.label(Enum.valueOf(type, name));
    } catch (IllegalArgumentException e) {
      return orUnknown(name);
    }
  }

  private String orUnknown(String key) {
    return key == null || key.isEmpty() ? t.get("dashboard.unknown") : key;
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
