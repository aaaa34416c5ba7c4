package dev.taiwa.service.persistence.imports;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.importing.ImportJob;
import dev.taiwa.service.importing.ImportJobFindings;
import dev.taiwa.service.importing.ImportJobStore;
import dev.taiwa.service.importing.ImportSummary;
import dev.taiwa.service.importing.RowProblem;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ImportJobStore} in {@code import_job} and {@code import_job_problem} (V38): one row per
 * job, its file as bytes until the run ends, one row per problem of its dry run and of its run.
 */
@Singleton
public class JdbcImportJobs implements ImportJobStore {
  private static final String COLUMNS =
      "id, file_name, row_count, state, done_rows, checked_at, heartbeat_at, finished_at";
  private static final String DRY_RUN = "DRY_RUN";
  private static final String RUN = "RUN";

  private final SqlStatements sql;

  JdbcImportJobs(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(
      ImportJob job,
      UserId owner,
      OrganisationId organisation,
      byte[] content,
      ImportSummary dryRun) {
    sql.update(
        "INSERT INTO import_job (id, owner_id, organisation_id, file_name, file_content,"
            + " row_count, state, done_rows, dry_run_already_imported, dry_run_millis,"
            + " checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        job.id().toString(),
        owner.toString(),
        organisation.toString(),
        job.fileName(),
        content,
        job.rows(),
        job.state().name(),
        job.done(),
        dryRun.alreadyImported(),
        millis(dryRun),
        job.checkedAt().toEpochMilli());
    insertProblems(job.id(), DRY_RUN, dryRun.problems());
  }

  @Override
  @ReadOnly
  public Optional<ImportJob> find(UUID id, UserId owner, OrganisationId organisation) {
    return sql
        .query(
            "SELECT "
                + COLUMNS
                + " FROM import_job WHERE id = ? AND owner_id = ? AND organisation_id = ?",
            JdbcImportJobs::read,
            id.toString(),
            owner.toString(),
            organisation.toString())
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public List<ImportJob> of(UserId owner, OrganisationId organisation) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM import_job WHERE owner_id = ? AND organisation_id = ?"
            + " ORDER BY checked_at DESC, id",
        JdbcImportJobs::read,
        owner.toString(),
        organisation.toString());
  }

  @Override
  @ReadOnly
  public ImportJobFindings findings(UUID id) {
    List<Summed> summed =
        sql.query(
            "SELECT row_count, dry_run_already_imported, dry_run_millis, created,"
                + " already_imported, run_millis FROM import_job WHERE id = ?",
            row -> {
              long created = row.getLong("created");
              boolean ran = !row.wasNull();
              return new Summed(
                  row.getLong("row_count"),
                  row.getLong("dry_run_already_imported"),
                  row.getLong("dry_run_millis"),
                  ran ? created : null,
                  row.getLong("already_imported"),
                  row.getLong("run_millis"));
            },
            id.toString());
    if (summed.isEmpty()) {
      throw new IllegalArgumentException("no import job " + id);
    }
    Summed job = summed.get(0);
    List<RowProblem> dryRunProblems = new ArrayList<>();
    List<RowProblem> runProblems = new ArrayList<>();
    sql.query(
        "SELECT phase, source_row, field, code, reason FROM import_job_problem WHERE job_id = ?"
            + " ORDER BY phase, ordinal",
        row -> {
          RowProblem problem =
              new RowProblem(
                  row.getLong("source_row"),
                  row.getString("field"),
                  row.getString("code"),
                  row.getString("reason"));
          (DRY_RUN.equals(row.getString("phase")) ? dryRunProblems : runProblems).add(problem);
          return null;
        },
        id.toString());
    ImportSummary dryRun =
        new ImportSummary(
            job.rows, 0, job.dryRunAlreadyImported, dryRunProblems, job.dryRunMillis / 1000.0);
    ImportSummary result =
        job.created == null
            ? null
            : new ImportSummary(
                job.rows, job.created, job.alreadyImported, runProblems, job.runMillis / 1000.0);
    return new ImportJobFindings(dryRun, result);
  }

  @Override
  @Transactional
  public boolean queue(UUID id, UserId owner, Instant at) {
    return sql.update(
            "UPDATE import_job SET state = ?, heartbeat_at = ?"
                + " WHERE id = ? AND owner_id = ? AND state = ?",
            ImportJob.State.QUEUED.name(),
            at.toEpochMilli(),
            id.toString(),
            owner.toString(),
            ImportJob.State.CHECKED.name())
        == 1;
  }

  @Override
  @ReadOnly
  public Optional<byte[]> content(UUID id) {
    return sql
        .query(
            "SELECT file_content FROM import_job WHERE id = ?",
            row -> Optional.ofNullable(row.getBytes("file_content")),
            id.toString())
        .stream()
        .findFirst()
        .flatMap(content -> content);
  }

  @Override
  @Transactional
  public void running(UUID id, Instant at) {
    sql.update(
        "UPDATE import_job SET state = ?, heartbeat_at = ? WHERE id = ? AND state = ?",
        ImportJob.State.RUNNING.name(),
        at.toEpochMilli(),
        id.toString(),
        ImportJob.State.QUEUED.name());
  }

  @Override
  @Transactional
  public void progress(UUID id, long done, Instant at) {
    sql.update(
        "UPDATE import_job SET done_rows = ?, heartbeat_at = ? WHERE id = ? AND state = ?",
        done,
        at.toEpochMilli(),
        id.toString(),
        ImportJob.State.RUNNING.name());
  }

  @Override
  @Transactional
  public void heartbeat(Collection<UUID> ids, Instant at) {
    if (ids.isEmpty()) {
      return;
    }
    List<Object> values = new ArrayList<>();
    values.add(at.toEpochMilli());
    ids.forEach(id -> values.add(id.toString()));
    values.add(ImportJob.State.QUEUED.name());
    values.add(ImportJob.State.RUNNING.name());
    sql.update(
        "UPDATE import_job SET heartbeat_at = ? WHERE id IN ("
            + SqlStatements.placeholders(ids)
            + ") AND state IN (?, ?)",
        values.toArray());
  }

  @Override
  @Transactional
  public void finished(UUID id, ImportSummary result, Instant at) {
    sql.update(
        "UPDATE import_job SET state = ?, done_rows = row_count, created = ?,"
            + " already_imported = ?, run_millis = ?, finished_at = ?, file_content = NULL"
            + " WHERE id = ?",
        ImportJob.State.DONE.name(),
        result.created(),
        result.alreadyImported(),
        millis(result),
        at.toEpochMilli(),
        id.toString());
    sql.update("DELETE FROM import_job_problem WHERE job_id = ? AND phase = ?", id.toString(), RUN);
    insertProblems(id, RUN, result.problems());
  }

  @Override
  @Transactional
  public void stopped(UUID id, ImportJob.State state, Instant at) {
    sql.update(
        "UPDATE import_job SET state = ?, finished_at = ?, file_content = NULL"
            + " WHERE id = ? AND state IN (?, ?)",
        state.name(),
        at.toEpochMilli(),
        id.toString(),
        ImportJob.State.QUEUED.name(),
        ImportJob.State.RUNNING.name());
  }

  @Override
  @Transactional
  public int forget(Instant before) {
    return sql.update(
        "DELETE FROM import_job WHERE COALESCE(finished_at, heartbeat_at, checked_at) < ?",
        before.toEpochMilli());
  }

  private void insertProblems(UUID job, String phase, List<RowProblem> problems) {
    List<List<Object>> rows = new ArrayList<>();
    long ordinal = 0;
    for (RowProblem problem : problems) {
      List<Object> row = new ArrayList<>();
      row.add(job.toString());
      row.add(phase);
      row.add(ordinal++);
      row.add(problem.row());
      row.add(problem.field());
      row.add(problem.code());
      row.add(problem.reason());
      rows.add(row);
    }
    sql.batch(
        "INSERT INTO import_job_problem (job_id, phase, ordinal, source_row, field, code, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  private static long millis(ImportSummary summary) {
    return Math.round(summary.seconds() * 1000);
  }

  private static ImportJob read(ResultSet row) throws SQLException {
    return new ImportJob(
        UUID.fromString(row.getString("id")),
        row.getString("file_name"),
        row.getLong("row_count"),
        ImportJob.State.valueOf(row.getString("state")),
        row.getLong("done_rows"),
        Instant.ofEpochMilli(row.getLong("checked_at")),
        instant(row, "heartbeat_at"),
        instant(row, "finished_at"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  /** The counts of a job's row, the run's null until it is done. */
  private record Summed(
      long rows,
      long dryRunAlreadyImported,
      long dryRunMillis,
      Long created,
      long alreadyImported,
      long runMillis) {}
}
