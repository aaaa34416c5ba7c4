package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link PreReports} stored in {@code pre_report} and {@code pre_report_technology}. Each method
 * joins the caller's transaction, or runs in its own.
 */
@Singleton
public class JdbcPreReports implements PreReports {
  private final PreReportRepository repository;
  private final PreReportStatements statements;
  private final SqlStatements queries;

  JdbcPreReports(
      PreReportRepository repository, PreReportStatements statements, SqlStatements queries) {
    this.queries = queries;
    this.repository = repository;
    this.statements = statements;
  }

  @Override
  @ReadOnly
  public Optional<PreReport> find(CaseId id) {
    return repository.findById(id.toString()).map(row -> withTechnologies(List.of(row)).get(0));
  }

  @Override
  @ReadOnly
  public List<PreReport> findAll(Collection<CaseId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> keys = ids.stream().map(CaseId::toString).distinct().toList();
    return withTechnologies(repository.findByIdIn(keys));
  }

  @Override
  @Transactional
  public void insert(PreReport report) {
    PreReportRow row = PreReportMapper.toRow(report);
    repository.save(row);
    insertTechnologies(row.id(), report.form().technologyNumbers());
  }

  @Override
  @Transactional
  public void update(PreReport report) {
    PreReportRow row = PreReportMapper.toRow(report);
    if (statements.updateIfUnchanged(row) == 0) {
      throw new ConcurrentChangeException(
          "pre-report " + report.id() + " is no longer at version " + (report.version() - 1));
    }
    repository.deleteTechnologies(row.id());
    insertTechnologies(row.id(), report.form().technologyNumbers());
  }

  @Override
  @ReadOnly
  public Page<PreReport> search(PreReportScope scope, PreReportFilter filter, PageRequest page) {
    if (scope.isNothing()) {
      return Page.empty(page.withTotal());
    }
    PreReportSearchSql sql = PreReportSearchSql.of(scope, filter);
    List<PreReportRow> rows = queries.select(sql.page(page), PreReportRow.class);
    boolean hasNext = rows.size() > page.first();
    List<PreReportRow> shown = hasNext ? rows.subList(0, page.first()) : rows;
    List<PreReport> reports = withTechnologies(shown);
    return page.withTotal()
        ? new Page<>(reports, hasNext, queries.count(sql.count()))
        : Page.uncounted(reports, hasNext);
  }

  private void insertTechnologies(String reportId, List<Integer> numbers) {
    for (int position = 0; position < numbers.size(); position++) {
      repository.insertTechnology(reportId, position, numbers.get(position));
    }
  }

  /** The reports of {@code rows}, in their order, each with its technology numbers. */
  List<PreReport> withTechnologies(List<PreReportRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Integer>> numbers =
        repository.findTechnologies(rows.stream().map(PreReportRow::id).toList()).stream()
            .collect(
                Collectors.groupingBy(
                    PreReportTechnologyRow::reportId,
                    Collectors.mapping(
                        PreReportTechnologyRow::technologyNumber, Collectors.toList())));
    return rows.stream()
        .map(row -> PreReportMapper.toDomain(row, numbers.getOrDefault(row.id(), List.of())))
        .toList();
  }
}
