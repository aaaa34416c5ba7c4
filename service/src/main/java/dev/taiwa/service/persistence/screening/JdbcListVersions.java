package dev.taiwa.service.persistence.screening;

import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersion;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import dev.taiwa.cases.screening.port.ListVersions;
import dev.taiwa.service.persistence.kernel.PerTransaction;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link ListVersions} in {@code screening_list_version} and {@code screening_list_entry} (V20);
 * entries are written in JDBC batches; a version's aliases are one text, one alias per line. The
 * summaries are read once per transaction (an import submits hundreds of reports in one, each
 * asking whether there is a list to screen against) and read again after an {@link #add}.
 */
@Singleton
public class JdbcListVersions implements ListVersions {
  private static final int BATCH = 500;
  private static final String SUMMARY =
      "SELECT id, source, published_on, sha256, imported_at, imported_by, entry_count"
          + " FROM screening_list_version";

  private final SqlStatements sql;
  private final JdbcOperations jdbc;
  private final PerTransaction<AtomicReference<List<ListVersionSummary>>> summariesRead;

  public JdbcListVersions(
      SqlStatements sql, JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
    this.sql = sql;
    this.jdbc = jdbc;
    this.summariesRead = new PerTransaction<>(transactions);
  }

  @Override
  @Transactional
  public void add(ListVersion version, String importedBy) {
    summariesRead.existing().ifPresent(read -> read.set(null));
    sql.update(
        "INSERT INTO screening_list_version (id, source, published_on, sha256, imported_at,"
            + " imported_by, entry_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
        version.id().value(),
        version.source().name(),
        version.publishedOn().toString(),
        version.sha256(),
        version.importedAt().toEpochMilli(),
        importedBy,
        version.entries().size());
    jdbc.prepareStatement(
        "INSERT INTO screening_list_entry (version_id, position, ref, name, aliases, country,"
            + " concern, addresses) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        statement -> {
          List<ListEntry> entries = version.entries();
          for (int i = 0; i < entries.size(); i++) {
            bind(statement, version.id(), i, entries.get(i));
            statement.addBatch();
            if ((i + 1) % BATCH == 0 || i == entries.size() - 1) {
              statement.executeBatch();
            }
          }
          return null;
        });
  }

  /**
   * The summaries the current transaction read already are handed again without joining it once
   * more; otherwise they are read ({@link #readSummaries}).
   */
  @Override
  public List<ListVersionSummary> summaries() {
    List<ListVersionSummary> read = summariesRead.existing().map(AtomicReference::get).orElse(null);
    return read != null ? read : readSummaries();
  }

  /** {@link #summaries} read in the caller's transaction or a read-only one of its own. */
  @ReadOnly
  public List<ListVersionSummary> readSummaries() {
    Optional<AtomicReference<List<ListVersionSummary>>> held =
        summariesRead.current(AtomicReference::new);
    if (held.isPresent() && held.get().get() != null) {
      return held.get().get();
    }
    List<ListVersionSummary> read =
        List.copyOf(
            sql.query(SUMMARY + " ORDER BY imported_at DESC, id", JdbcListVersions::summary));
    held.ifPresent(h -> h.set(read));
    return read;
  }

  @Override
  @ReadOnly
  public Optional<ListVersion> latest(ListSource source) {
    return sql
        .query(
            SUMMARY + " WHERE source = ? ORDER BY imported_at DESC, id LIMIT 1",
            JdbcListVersions::summary,
            source.name())
        .stream()
        .findFirst()
        .map(this::withEntries);
  }

  @Override
  @ReadOnly
  public Optional<ListVersion> find(ListVersionId id) {
    return sql.query(SUMMARY + " WHERE id = ?", JdbcListVersions::summary, id.value()).stream()
        .findFirst()
        .map(this::withEntries);
  }

  @Override
  @ReadOnly
  public boolean contains(ListSource source, String sha256) {
    return !sql.query(
            "SELECT id FROM screening_list_version WHERE source = ? AND sha256 = ?",
            row -> row.getString("id"),
            source.name(),
            sha256)
        .isEmpty();
  }

  private ListVersion withEntries(ListVersionSummary s) {
    List<ListEntry> entries =
        sql.query(
            "SELECT ref, name, aliases, country, concern, addresses FROM screening_list_entry"
                + " WHERE version_id = ? ORDER BY position",
            JdbcListVersions::entry,
            s.id().value());
    return new ListVersion(
        s.id(), s.source(), s.publishedOn(), s.sha256(), s.importedAt(), entries);
  }

  private static void bind(PreparedStatement statement, ListVersionId id, int position, ListEntry e)
      throws SQLException {
    statement.setString(1, id.value());
    statement.setInt(2, position);
    statement.setString(3, e.ref());
    statement.setString(4, e.name());
    statement.setString(5, String.join("\n", e.aliases()));
    text(statement, 6, e.country());
    text(statement, 7, e.concern());
    text(statement, 8, e.addresses());
  }

  private static void text(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  private static ListVersionSummary summary(ResultSet row) throws SQLException {
    return new ListVersionSummary(
        new ListVersionId(row.getString("id")),
        ListSource.valueOf(row.getString("source")),
        LocalDate.parse(row.getString("published_on")),
        row.getString("sha256"),
        Instant.ofEpochMilli(row.getLong("imported_at")),
        row.getString("imported_by"),
        row.getInt("entry_count"));
  }

  private static ListEntry entry(ResultSet row) throws SQLException {
    String aliases = row.getString("aliases");
    return new ListEntry(
        row.getString("ref"),
        row.getString("name"),
        aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\n")),
        row.getString("country"),
        row.getString("concern"),
        row.getString("addresses"));
  }
}
