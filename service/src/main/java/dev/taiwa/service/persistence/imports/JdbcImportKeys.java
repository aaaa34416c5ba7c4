package dev.taiwa.service.persistence.imports;

import dev.taiwa.cases.imports.ImportKeyScope;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link ImportKeys} in {@code import_key}: one row per imported key, under its kind and its scope
 * (the importing organisation's id, or {@code ''} for nationwide keys; migration V39).
 */
@Singleton
public class JdbcImportKeys implements ImportKeys {
  /** Keys asked for in one IN list, well below every database's parameter limit. */
  private static final int CHUNK = 500;

  private final SqlStatements sql;

  JdbcImportKeys(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Set<String> known(ImportKeyScope scope, Collection<String> keys) {
    Set<String> found = new HashSet<>();
    List<String> all = keys.stream().distinct().toList();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      Object[] values = new Object[chunk.size() + 2];
      values[0] = scope.kind();
      values[1] = scopeColumn(scope);
      for (int i = 0; i < chunk.size(); i++) {
        values[i + 2] = chunk.get(i);
      }
      found.addAll(
          sql.query(
              "SELECT import_key FROM import_key WHERE kind = ? AND scope = ? AND import_key IN ("
                  + SqlStatements.placeholders(chunk)
                  + ")",
              row -> row.getString("import_key"),
              values));
    }
    return found;
  }

  @Override
  @Transactional
  public void rememberAll(ImportKeyScope scope, Map<String, CaseId> imported, Instant at) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    String kind = scope.kind();
    String within = scopeColumn(scope);
    imported.forEach(
        (key, caseId) ->
            rows.add(List.of(kind, within, key, caseId.toString(), at.toEpochMilli())));
    sql.batch(
        "INSERT INTO import_key (kind, scope, import_key, case_id, imported_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
  }

  /** The {@code scope} column: the organisation's id, or {@code ''} for nationwide keys. */
  private static String scopeColumn(ImportKeyScope scope) {
    return scope.isNationwide() ? "" : scope.organisation().toString();
  }
}
