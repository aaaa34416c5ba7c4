package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pre-reports in a map, with the store's contract: optimistic versions, scope and filter applied in
 * the "query", keyset paging newest first by (createdAt, id). Remembers the last scope asked.
 */
public final class InMemoryPreReports implements PreReports {
  private static final Comparator<PreReport> NEWEST_FIRST =
      Comparator.comparing(PreReport::createdAt)
          .thenComparing(r -> r.id().value().toString())
          .reversed();

  private final Map<CaseId, PreReport> reports = new LinkedHashMap<>();
  private PreReportScope lastScope;
  private boolean failNextUpdate;

  @Override
  public Optional<PreReport> find(CaseId id) {
    return Optional.ofNullable(reports.get(id));
  }

  @Override
  public List<PreReport> findAll(Collection<CaseId> ids) {
    return ids.stream().distinct().map(reports::get).filter(r -> r != null).toList();
  }

  @Override
  public void insert(PreReport report) {
    if (reports.putIfAbsent(report.id(), report) != null) {
      throw new IllegalStateException("duplicate id " + report.id());
    }
  }

  @Override
  public void update(PreReport report) {
    PreReport stored = reports.get(report.id());
    if (failNextUpdate || stored == null || stored.version() != report.version() - 1) {
      failNextUpdate = false;
      throw new ConcurrentChangeException("pre-report " + report.id() + " changed");
    }
    reports.put(report.id(), report);
  }

  @Override
  public Page<PreReport> search(
      PreReportScope scope, PreReportFilter filter, PreReportOrder order, PageRequest page) {
    if (!order.isNewest()) {
      throw new UnsupportedOperationException("the in-memory store lists newest first only");
    }
    lastScope = scope;
    List<PreReport> matching =
        reports.values().stream()
            .filter(r -> inScope(scope, r))
            .filter(r -> matches(filter, r))
            .sorted(NEWEST_FIRST)
            .toList();
    List<PreReport> after =
        page.after() == null
            ? matching
            : matching.stream().filter(r -> isAfter(r, page.after())).toList();
    List<PreReport> items = after.stream().limit(page.first()).toList();
    return new Page<>(items, after.size() > items.size(), matching.size());
  }

  /** The next update fails as if another transaction had written first. */
  public void simulateConcurrentChangeOnNextUpdate() {
    failNextUpdate = true;
  }

  /** Everything stored, for "nothing changed" assertions. */
  public Map<CaseId, PreReport> snapshot() {
    return Map.copyOf(reports);
  }

  public PreReportScope lastScope() {
    return lastScope;
  }

  private static boolean inScope(PreReportScope scope, PreReport report) {
    return scope.includes(report.organisationId(), report.state());
  }

  private static boolean matches(PreReportFilter filter, PreReport report) {
    var form = report.form();
    Counterparty counterparty = form.counterparty();
    return (filter.states().isEmpty() || filter.states().contains(report.state()))
        && (filter.technologyNumber() == null
            || form.technologyNumbers().contains(filter.technologyNumber()))
        && (filter.destinationCountry() == null
            || (counterparty != null
                && filter.destinationCountry().equalsIgnoreCase(counterparty.countryCode())))
        && (filter.organisationId() == null
            || filter.organisationId().equals(report.organisationId()))
        && (filter.plannedFrom() == null
            || (form.plannedDate() != null && !form.plannedDate().isBefore(filter.plannedFrom())))
        && (filter.plannedTo() == null
            || (form.plannedDate() != null && !form.plannedDate().isAfter(filter.plannedTo())))
        && (filter.text() == null || containsText(report, filter.text()));
  }

  private static boolean containsText(PreReport report, String text) {
    Counterparty counterparty = report.form().counterparty();
    String needle = text.toLowerCase(Locale.ROOT);
    return Stream.of(
            counterparty == null ? null : counterparty.nameOriginal(),
            counterparty == null ? null : counterparty.nameRomanised(),
            report.form().technologyDescription())
        .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle));
  }

  private static boolean isAfter(PreReport report, PageRequest.Position position) {
    int byTime = report.createdAt().compareTo(position.createdAt());
    return byTime < 0
        || (byTime == 0 && report.id().value().toString().compareTo(position.id().toString()) < 0);
  }
}
