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
import dev.taiwa.service.persistence.kernel.HeldWrites;
import dev.taiwa.service.persistence.kernel.PerTransaction;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PreReports} stored in {@code pre_report} and {@code pre_report_technology}. Each method
 * joins the caller's transaction, or runs in its own. A transaction remembers the reports it wrote
 * (only this class writes these tables), exactly as they would be read back: finding one of them
 * again in the same transaction reads nothing, an update of one sets only the columns that changed,
 * and an update that keeps its technologies leaves their rows alone — so a draft created and
 * submitted in one transaction (an import) is written, not re-read. New reports are held back
 * ({@link HeldWrites}) until the transaction runs any other statement or commits, then inserted in
 * one JDBC batch with their technologies in another; an update of a report still held replaces it,
 * so a draft submitted in the same transaction is one row written once. Within a read-only request,
 * a report read once is read from the request's {@link ReadMemo} again. Inserting a report within a
 * transaction, finding one it wrote or updating one it still holds touches no database and is done
 * without Micronaut joining the transaction once more (an import does all three for every row);
 * whatever fails there is run again in the transaction, so it fails as it always did.
 */
@Singleton
public class JdbcPreReports implements PreReports {
  /** The name of this store's rows in a request's {@link ReadMemo}. */
  private static final String MEMO = "pre_report";

  private final PreReportRepository repository;
  private final PreReportStatements statements;
  private final SqlStatements queries;
  private final PerTransaction<Map<CaseId, Written>> written;
  private final PerTransaction<Map<CaseId, Written>> held;
  private final boolean fullTextIndex;
  private final PreReportReads reads;
  private final SearchWordProbe searchWords;

  JdbcPreReports(
      PreReportRepository repository,
      PreReportStatements statements,
      SqlStatements queries,
      TransactionOperations<Connection> transactions,
      DatabaseSettings database,
      HeldWrites heldWrites,
      SearchWordProbe searchWords) {
    this.queries = queries;
    this.searchWords = searchWords;
    this.fullTextIndex = database.kind() == DatabaseKind.SQLITE;
    this.reads = PreReportReads.of(database.kind());
    this.written = new PerTransaction<>(transactions);
    this.held = new PerTransaction<>(transactions, this::insertHeld);
    heldWrites.register(() -> held.existing().ifPresent(this::insertHeld));
    this.repository = repository;
    this.statements = statements;
  }

  /**
   * A report the current transaction wrote is answered from memory without joining the transaction
   * again (nothing is read); any other is read ({@link #findStored}).
   */
  @Override
  public Optional<PreReport> find(CaseId id) {
    Optional<PreReport> mine =
        written.existing().map(reports -> reports.get(id)).map(Written::report);
    if (mine.isPresent()) {
      return mine;
    }
    return findStored(id);
  }

  /** {@link #find}'s read, in the caller's transaction or a read-only one of its own. */
  @ReadOnly
  public Optional<PreReport> findStored(CaseId id) {
    return ReadMemo.find(
        MEMO, id, () -> read(reads.where("r.id = ?", List.of(id.toString()))).stream().findFirst());
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
            read(
                reads.where(
                    "r.id IN (" + SqlStatements.placeholders(missing) + ")",
                    missing.stream().<Object>map(CaseId::toString).toList())));
  }

  /**
   * Within a transaction the report is held at once, without joining the transaction again; outside
   * one, or when the report cannot be mapped (then it fails again there), the insert runs in a
   * transaction ({@link #insertStored}).
   */
  @Override
  public void insert(PreReport report) {
    Map<CaseId, Written> holding = held.current(LinkedHashMap::new).orElse(null);
    if (holding == null || !holdInMemory(holding, report)) {
      insertStored(report);
    }
  }

  /** {@link #insert} in the caller's transaction or one of its own. */
  @Transactional
  public void insertStored(PreReport report) {
    PreReportRow row = PreReportMapper.toRow(report);
    Written kept = remember(row, report);
    held.current(LinkedHashMap::new).orElseThrow().put(report.id(), kept);
  }

  /**
   * A report still held at the version before {@code report}'s is replaced where it is held,
   * without joining the transaction again (nothing is written yet); any other update runs in a
   * transaction ({@link #updateStored}), which also refuses a stale held one.
   */
  @Override
  public void update(PreReport report) {
    Map<CaseId, Written> holding = held.existing().orElse(null);
    Written before = holding == null ? null : holding.get(report.id());
    if (before == null
        || before.row().version() != report.version() - 1
        || !holdInMemory(holding, report)) {
      updateStored(report);
    }
  }

  /**
   * Holds {@code report} in {@code holding} without joining the transaction again; false when it
   * cannot be mapped to a row, and then the caller runs its stored path, which fails in the
   * transaction as it always did.
   */
  private boolean holdInMemory(Map<CaseId, Written> holding, PreReport report) {
    Written kept;
    try {
      kept = remember(PreReportMapper.toRow(report), report);
    } catch (RuntimeException e) {
      return false;
    }
    holding.put(report.id(), kept);
    return true;
  }

  /** {@link #update} in the caller's transaction or one of its own. */
  @Transactional
  public void updateStored(PreReport report) {
    PreReportRow row = PreReportMapper.toRow(report);
    Optional<Written> before = written.existing().map(reports -> reports.get(report.id()));
    Map<CaseId, Written> holding = held.existing().orElse(Map.of());
    if (holding.containsKey(report.id())) {
      if (holding.get(report.id()).row().version() != report.version() - 1) {
        throw stale(report);
      }
      holding.put(report.id(), remember(row, report));
      return;
    }
    if (statements.updateIfUnchanged(row, before.map(Written::row).orElse(null)) == 0) {
      throw stale(report);
    }
    List<Integer> numbers = report.form().technologyNumbers();
    boolean sameTechnologyRows =
        before
            .filter(stored -> stored.report().form().technologyNumbers().equals(numbers))
            .filter(
                stored ->
                    Objects.equals(stored.row().counterpartyCountry(), row.counterpartyCountry()))
            .isPresent();
    if (!sameTechnologyRows) {
      repository.deleteTechnologies(row.id());
      insertTechnologies(technologyRows(row, numbers));
    }
    remember(row, report);
  }

  /** Keeps {@code report} for the transaction as a read would give it back. */
  private Written remember(PreReportRow row, PreReport report) {
    ReadMemo.forget(MEMO, report.id());
    Written kept =
        new Written(
            row, PreReportMapper.toDomain(row, List.copyOf(report.form().technologyNumbers())));
    written.current(java.util.HashMap::new).ifPresent(reports -> reports.put(report.id(), kept));
    return kept;
  }

  /**
   * Inserts the held reports (on SQLite with their search rows and counts, one statement each),
   * then their technologies, each in one JDBC batch; they stay held until all are written, so a
   * transaction that goes on after a failed write fails again on commit.
   */
  private void insertHeld(Map<CaseId, Written> reports) {
    if (reports.isEmpty()) {
      return;
    }
    List<Written> rows = List.copyOf(reports.values());
    statements.insertAll(rows.stream().map(Written::row).toList());
    if (fullTextIndex) {
      statements.indexInserted(rows.stream().map(report -> report.row().id()).toList());
    }
    List<List<Object>> technologies = new ArrayList<>();
    for (Written report : rows) {
      technologies.addAll(technologyRows(report.row(), report.report().form().technologyNumbers()));
    }
    insertTechnologies(technologies);
    reports.clear();
  }

  /** The optimistic check failed: the caller's report is not at the version stored. */
  private static ConcurrentChangeException stale(PreReport report) {
    return new ConcurrentChangeException(
        "pre-report " + report.id() + " is no longer at version " + (report.version() - 1));
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
    PreReportSearchSql sql = PreReportSearchSql.of(scope, filter, order, searchWords.index());
    List<PreReport> rows = read(reads.page(sql.page(page), order));
    boolean hasNext = rows.size() > page.first();
    List<PreReport> reports = hasNext ? rows.subList(0, page.first()) : rows;
    return page.withTotal()
        ? new Page<>(reports, hasNext, queries.count(sql.count()))
        : Page.uncounted(reports, hasNext);
  }

  /**
   * The rows of a report's technology numbers in their order, each with the report's creation time
   * and destination country, which the lists by technology walk (V47); rewritten whenever the
   * numbers or the country change.
   */
  private static List<List<Object>> technologyRows(PreReportRow report, List<Integer> numbers) {
    List<List<Object>> rows = new ArrayList<>();
    for (int position = 0; position < numbers.size(); position++) {
      rows.add(
          Arrays.asList(
              report.id(),
              position,
              numbers.get(position),
              report.createdAt(),
              report.counterpartyCountry()));
    }
    return rows;
  }

  /** Technology rows ({@link #technologyRows}) in one JDBC batch. */
  private void insertTechnologies(List<List<Object>> rows) {
    queries.batch(
        "INSERT INTO pre_report_technology"
            + " (report_id, position, technology_number, created_at, counterparty_country)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
  }

  /** The reads of this database's SQL ({@link #read} reads what they select). */
  PreReportReads reads() {
    return reads;
  }

  /**
   * The reports {@code query} selects, in its order: a statement of {@link PreReportReads}, whose
   * rows it reads by position.
   */
  List<PreReport> read(SqlStatement query) {
    return queries.select(query, PreReportReads::report);
  }
}
