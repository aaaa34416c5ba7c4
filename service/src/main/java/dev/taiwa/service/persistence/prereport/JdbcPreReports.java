package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.ReadMemo;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.persistence.kernel.PerTransaction;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link PreReports} stored in {@code pre_report} and {@code pre_report_technology}. Each method
 * joins the caller's transaction, or runs in its own. A transaction remembers the reports it wrote
 * (only this class writes these tables), exactly as they would be read back: finding one of them
 * again in the same transaction reads nothing, an update of one sets only the columns that changed,
 * and an update that keeps its technologies leaves their rows alone — so a draft created and
 * submitted in one transaction (an import) is written, not re-read. Within a read-only request, a
 * report read once is read from the request's {@link ReadMemo} again.
 */
@Singleton
public class JdbcPreReports implements PreReports {
  /** The name of this store's rows in a request's {@link ReadMemo}. */
  private static final String MEMO = "pre_report";

  private final PreReportRepository repository;
  private final PreReportStatements statements;
  private final SqlStatements queries;
  private final PerTransaction<Map<CaseId, Written>> written;
  private final boolean fullTextIndex;

  JdbcPreReports(
      PreReportRepository repository,
      PreReportStatements statements,
      SqlStatements queries,
      TransactionOperations<Connection> transactions,
      DatabaseSettings database) {
    this.queries = queries;
    this.fullTextIndex = database.kind() == DatabaseKind.SQLITE;
    this.written = new PerTransaction<>(transactions);
    this.repository = repository;
    this.statements = statements;
  }

  @Override
  @ReadOnly
  public Optional<PreReport> find(CaseId id) {
    Optional<PreReport> mine =
        written.existing().map(reports -> reports.get(id)).map(Written::report);
    if (mine.isPresent()) {
      return mine;
    }
    return ReadMemo.find(
        MEMO,
        id,
        () -> repository.findById(id.toString()).map(row -> withTechnologies(List.of(row)).get(0)));
  }

  @Override
  @ReadOnly
  public List<PreReport> findAll(Collection<CaseId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return ReadMemo.findAll(
        MEMO,
        ids,
        PreReport::id,
        missing ->
            withTechnologies(
                repository.findByIdIn(missing.stream().map(CaseId::toString).toList())));
  }

  @Override
  @Transactional
  public void insert(PreReport report) {
    PreReportRow row = PreReportMapper.toRow(report);
    repository.save(row);
    insertTechnologies(row.id(), report.form().technologyNumbers());
    remember(row, report);
  }

  @Override
  @Transactional
  public void update(PreReport report) {
    PreReportRow row = PreReportMapper.toRow(report);
    Optional<Written> before = written.existing().map(reports -> reports.get(report.id()));
    if (statements.updateIfUnchanged(row, before.map(Written::row).orElse(null)) == 0) {
      throw new ConcurrentChangeException(
          "pre-report " + report.id() + " is no longer at version " + (report.version() - 1));
    }
    List<Integer> numbers = report.form().technologyNumbers();
    boolean sameTechnologies =
        before
            .filter(stored -> stored.report().form().technologyNumbers().equals(numbers))
            .isPresent();
    if (!sameTechnologies) {
      repository.deleteTechnologies(row.id());
      insertTechnologies(row.id(), numbers);
    }
    remember(row, report);
  }

  /** Keeps {@code report} for the transaction as a read would give it back. */
  private void remember(PreReportRow row, PreReport report) {
    ReadMemo.forget(MEMO, report.id());
    written
        .current(java.util.HashMap::new)
        .ifPresent(
            reports ->
                reports.put(
                    report.id(),
                    new Written(
                        row,
                        PreReportMapper.toDomain(
                            row, List.copyOf(report.form().technologyNumbers())))));
  }

  /** A report this transaction wrote: its row as stored and the report a read would give. */
  private record Written(PreReportRow row, PreReport report) {}

  @Override
  @ReadOnly
  public Page<PreReport> search(
      PreReportScope scope, PreReportFilter filter, PreReportOrder order, PageRequest page) {
    if (scope.isNothing()) {
      return Page.empty(page.withTotal());
    }
    PreReportSearchSql sql = PreReportSearchSql.of(scope, filter, order, fullTextIndex);
    List<PreReportRow> rows = queries.select(sql.page(page), PreReportRow.class);
    boolean hasNext = rows.size() > page.first();
    List<PreReportRow> shown = hasNext ? rows.subList(0, page.first()) : rows;
    List<PreReport> reports = withTechnologies(shown);
    return page.withTotal()
        ? new Page<>(reports, hasNext, queries.count(sql.count()))
        : Page.uncounted(reports, hasNext);
  }

  /** The report's technology numbers in their order, in one JDBC batch. */
  private void insertTechnologies(String reportId, List<Integer> numbers) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (int position = 0; position < numbers.size(); position++) {
      rows.add(List.of(reportId, position, numbers.get(position)));
    }
    queries.batch(
        "INSERT INTO pre_report_technology (report_id, position, technology_number)"
            + " VALUES (?, ?, ?)",
        rows);
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
