package dev.taiwa.service.persistence.screening;

import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.RescreenRun;
import dev.taiwa.cases.screening.port.RescreenRuns;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link RescreenRuns} in {@code screening_rescreen} (V29). */
@Singleton
public class JdbcRescreenRuns implements RescreenRuns {
  private static final String SELECT =
      "SELECT s.list_version_id, s.state, s.total, s.screened, s.cases_with_new_hits, s.new_hits,"
          + " s.after_case, s.started_at, s.finished_at FROM screening_rescreen s";

  private final SqlStatements sql;

  public JdbcRescreenRuns(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void open(ListVersionId version) {
    sql.update(
        "INSERT INTO screening_rescreen (list_version_id, state, screened, cases_with_new_hits,"
            + " new_hits) VALUES (?, ?, 0, 0, 0)",
        version.value(),
        RescreenRun.State.PENDING.name());
  }

  @Override
  @ReadOnly
  public Optional<RescreenRun> find(ListVersionId version) {
    return sql
        .query(SELECT + " WHERE s.list_version_id = ?", JdbcRescreenRuns::read, version.value())
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public Map<ListVersionId, RescreenRun> of(Collection<ListVersionId> versions) {
    Map<ListVersionId, RescreenRun> runs = new HashMap<>();
    if (versions.isEmpty()) {
      return runs;
    }
    sql.query(
            SELECT + " WHERE s.list_version_id IN (" + SqlStatements.placeholders(versions) + ")",
            JdbcRescreenRuns::read,
            versions.stream().map(ListVersionId::value).toArray())
        .forEach(r -> runs.put(r.version(), r));
    return runs;
  }

  @Override
  @ReadOnly
  public List<RescreenRun> unfinished() {
    return sql.query(
        SELECT
            + " JOIN screening_list_version v ON v.id = s.list_version_id"
            + " WHERE s.state <> ? ORDER BY v.imported_at, v.id",
        JdbcRescreenRuns::read,
        RescreenRun.State.FINISHED.name());
  }

  @Override
  @Transactional
  public void start(ListVersionId version, int total, Instant at) {
    sql.update(
        "UPDATE screening_rescreen SET state = ?, total = ?, started_at = ?"
            + " WHERE list_version_id = ? AND state = ?",
        RescreenRun.State.RUNNING.name(),
        total,
        at.toEpochMilli(),
        version.value(),
        RescreenRun.State.PENDING.name());
  }

  @Override
  @Transactional
  public void advance(
      ListVersionId version, String afterCase, int screened, int casesWithHits, int hits) {
    sql.update(
        "UPDATE screening_rescreen SET after_case = ?, screened = screened + ?,"
            + " cases_with_new_hits = cases_with_new_hits + ?, new_hits = new_hits + ?"
            + " WHERE list_version_id = ?",
        afterCase,
        screened,
        casesWithHits,
        hits,
        version.value());
  }

  @Override
  @Transactional
  public void finish(ListVersionId version, Instant at) {
    sql.update(
        "UPDATE screening_rescreen SET state = ?, finished_at = ? WHERE list_version_id = ?",
        RescreenRun.State.FINISHED.name(),
        at.toEpochMilli(),
        version.value());
  }

  private static RescreenRun read(ResultSet row) throws SQLException {
    int total = row.getInt("total");
    Integer totalOrNull = row.wasNull() ? null : total;
    long started = row.getLong("started_at");
    Instant startedAt = row.wasNull() ? null : Instant.ofEpochMilli(started);
    long finished = row.getLong("finished_at");
    Instant finishedAt = row.wasNull() ? null : Instant.ofEpochMilli(finished);
    return new RescreenRun(
        new ListVersionId(row.getString("list_version_id")),
        RescreenRun.State.valueOf(row.getString("state")),
        totalOrNull,
        row.getInt("screened"),
        row.getInt("cases_with_new_hits"),
        row.getInt("new_hits"),
        row.getString("after_case"),
        startedAt,
        finishedAt);
  }
}
