package dev.taiwa.service.persistence.specifiedfield;

import dev.taiwa.cases.patent.catalogue.IpcMapping;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevision;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevisions;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link IpcMappingRevisions} in {@code specified_field_revision} and {@code
 * specified_field_mapping}; a mapping's groups are one text separated by {@value #SEPARATOR} (no
 * normalised IPC group contains it).
 */
@Singleton
public class JdbcIpcMappingRevisions implements IpcMappingRevisions {
  static final String SEPARATOR = "|";

  private final SqlStatements sql;

  public JdbcIpcMappingRevisions(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void add(IpcMappingRevision revision) {
    sql.update(
        "INSERT INTO specified_field_revision (id, effective_from, source, recorded_at,"
            + " recorded_by) VALUES (?, ?, ?, ?, ?)",
        revision.id(),
        revision.effectiveFrom().toString(),
        revision.source(),
        revision.recordedAt().toEpochMilli(),
        revision.recordedBy());
    for (IpcMapping mapping : revision.mappings()) {
      sql.update(
          "INSERT INTO specified_field_mapping (revision_id, field_number, ipc_groups, source)"
              + " VALUES (?, ?, ?, ?)",
          revision.id(),
          mapping.fieldNumber(),
          String.join(SEPARATOR, mapping.ipcGroups()),
          mapping.source());
    }
  }

  @Override
  @ReadOnly
  public List<IpcMappingRevision> all() {
    Map<String, List<MappingRow>> mappings =
        sql
            .query(
                "SELECT revision_id, field_number, ipc_groups, source FROM specified_field_mapping"
                    + " ORDER BY revision_id, field_number",
                row ->
                    new MappingRow(
                        row.getString("revision_id"),
                        new IpcMapping(
                            row.getInt("field_number"),
                            Arrays.asList(row.getString("ipc_groups").split("\\|")),
                            row.getString("source"))))
            .stream()
            .collect(Collectors.groupingBy(MappingRow::revisionId));
    return sql.query(
        "SELECT id, effective_from, source, recorded_at, recorded_by FROM specified_field_revision"
            + " ORDER BY effective_from, recorded_at",
        row ->
            new IpcMappingRevision(
                row.getString("id"),
                LocalDate.parse(row.getString("effective_from")),
                row.getString("source"),
                mappings.getOrDefault(row.getString("id"), List.of()).stream()
                    .map(MappingRow::mapping)
                    .toList(),
                Instant.ofEpochMilli(row.getLong("recorded_at")),
                row.getString("recorded_by")));
  }

  private record MappingRow(String revisionId, IpcMapping mapping) {}
}
