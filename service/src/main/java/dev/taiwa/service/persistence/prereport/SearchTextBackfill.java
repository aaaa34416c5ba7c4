package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On start of the service, writes the search text of the reports stored without one (rows from
 * before V35, or written by a tool straight into the table), a thousand at a time, on the scheduler
 * so the service serves meanwhile. Each row is computed by the same mapping as every write and
 * stored only if the report has not changed since it was read (its version), a change writing the
 * text itself. Until a report is back-filled, a search does not find it; finding none to fill is
 * one look-up in the partial index {@code pre_report_unsearched}.
 */
@Singleton
@Requires(notEnv = "cli")
final class SearchTextBackfill {
  private static final Logger LOG = LoggerFactory.getLogger(SearchTextBackfill.class);
  private static final int BATCH = 1000;

  private final JdbcPreReports preReports;
  private final SqlStatements queries;
  private final TransactionOperations<Connection> transactions;
  private final ExecutorService scheduler;
  private final BeanContext context;

  SearchTextBackfill(
      JdbcPreReports preReports,
      SqlStatements queries,
      TransactionOperations<Connection> transactions,
      @Named(TaskExecutors.SCHEDULED) ExecutorService scheduler,
      BeanContext context) {
    this.transactions = transactions;
    this.preReports = preReports;
    this.queries = queries;
    this.scheduler = scheduler;
    this.context = context;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    scheduler.execute(
        () -> {
          try {
            long filled = fill();
            if (filled > 0) {
              LOG.info("Wrote the search text of {} pre-reports stored without one.", filled);
            }
          } catch (RuntimeException e) {
            if (context.isRunning()) {
              LOG.error(
                  "Search text of older pre-reports not written on start ({}).", e.toString());
            }
          }
        });
  }

  /** Writes every missing search text, a transaction per batch; answers how many were written. */
  long fill() {
    long filled = 0;
    while (true) {
      int written = transactions.executeWrite(status -> fillBatch());
      if (written == 0) {
        return filled; // none left, or each row read changed meanwhile (and so has its text)
      }
      filled += written;
    }
  }

  private int fillBatch() {
    List<PreReport> reports =
        preReports.read(preReports.reads().where("r.search_text IS NULL LIMIT ?", List.of(BATCH)));
    if (reports.isEmpty()) {
      return 0;
    }
    List<List<Object>> updates =
        reports.stream()
            .map(
                report ->
                    List.<Object>of(
                        SearchText.of(report), report.id().toString(), report.version()))
            .toList();
    return queries.batch(
        "UPDATE pre_report SET search_text = ? WHERE id = ? AND version = ?"
            + " AND search_text IS NULL",
        updates);
  }
}
