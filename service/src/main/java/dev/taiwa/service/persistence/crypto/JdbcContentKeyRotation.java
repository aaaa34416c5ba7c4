package dev.taiwa.service.persistence.crypto;

import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.crypto.ContentKeyRotation;
import dev.taiwa.service.persistence.sql.SqlStatements;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link ContentKeyRotation} over every {@link EncryptedColumn}, in batches of {@value #BATCH} rows
 * by id, each batch in its own transaction, with portable SQL (SQLite and PostgreSQL). A value is
 * rewritten only where it still holds what was read ({@code WHERE column = old}), so a change the
 * service made meanwhile is never overwritten.
 */
@Singleton
final class JdbcContentKeyRotation implements ContentKeyRotation {
  static final int BATCH = 200;
  static final String PLAIN = "plain";

  private final SqlStatements sql;
  private final ContentCipher cipher;
  private final UnitOfWork unitOfWork;

  JdbcContentKeyRotation(SqlStatements sql, ContentCipher cipher, UnitOfWork unitOfWork) {
    this.sql = sql;
    this.cipher = cipher;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Report status() {
    return walk(false, false);
  }

  @Override
  public Report rotate(boolean plainOnly) {
    return walk(true, plainOnly);
  }

  private Report walk(boolean rewrite, boolean plainOnly) {
    Map<String, Map<String, Long>> byColumn = new LinkedHashMap<>();
    long rewritten = 0;
    Map<String, Boolean> holdsPlain = new HashMap<>();
    for (EncryptedColumn column : EncryptedColumn.values()) {
      Map<String, Long> counts = new TreeMap<>();
      if (plainOnly && !holdsPlain.computeIfAbsent(column.table(), this::holdsPlain)) {
        byColumn.put(column.table() + "." + column.column(), counts);
        continue;
      }
      String after = "";
      while (true) {
        String from = after;
        List<Row> rows =
            unitOfWork.readOnly(
                () ->
                    sql.query(
                        "SELECT id, "
                            + column.column()
                            + " FROM "
                            + column.table()
                            + " WHERE id > ?"
                            + (plainOnly ? " AND " + plainCondition(column) : "")
                            + " ORDER BY id LIMIT "
                            + BATCH,
                        r ->
                            new Row(
                                r.getString("id"), column.bytes() ? r.getBytes(2) : r.getString(2)),
                        from));
        if (rows.isEmpty()) {
          break;
        }
        int done =
            rewrite ? unitOfWork.inTransaction(() -> rewriteAll(column, rows, plainOnly)) : 0;
        rewritten += done;
        for (Row row : rows) {
          if (row.value() != null) {
            counts.merge(keyOf(row.value()).orElse(PLAIN), 1L, Long::sum);
          }
        }
        after = rows.get(rows.size() - 1).id();
      }
      byColumn.put(column.table() + "." + column.column(), counts);
    }
    return new Report(cipher.currentKeyId(), byColumn, rewritten);
  }

  private int rewriteAll(EncryptedColumn column, List<Row> rows, boolean plainOnly) {
    int done = 0;
    for (Row row : rows) {
      if (row.value() == null) {
        continue;
      }
      Optional<String> key = keyOf(row.value());
      boolean due = plainOnly ? key.isEmpty() : !key.equals(Optional.of(cipher.currentKeyId()));
      if (!due) {
        continue;
      }
      String place = column.place(row.id());
      Object fresh =
          column.bytes()
              ? cipher.encrypt(cipher.decrypt((byte[]) row.value(), place), place)
              : cipher.encrypt(cipher.decrypt((String) row.value(), place), place);
      done +=
          sql.update(
              "UPDATE "
                  + column.table()
                  + " SET "
                  + column.column()
                  + " = ? WHERE id = ? AND "
                  + column.column()
                  + " = ?",
              fresh,
              row.id(),
              row.value());
    }
    return done;
  }

  /**
   * Whether any content column of {@code table} holds a plain value: one pass over the table for
   * all its columns, so that a start on a database with nothing plain reads each table once
   * (instead of once per column, and then in batches).
   */
  private boolean holdsPlain(String table) {
    List<String> plain = new ArrayList<>();
    for (EncryptedColumn column : EncryptedColumn.values()) {
      if (column.table().equals(table) && column != EncryptedColumn.DOCUMENT_PDF) {
        plain.add(
            "("
                + column.column()
                + " IS NOT NULL AND "
                + column.column()
                + " NOT LIKE '"
                + ContentCipher.TEXT_MARKER
                + "%')");
      }
    }
    return unitOfWork.readOnly(
        () ->
            !sql.query(
                    "SELECT 1 FROM " + table + " WHERE " + String.join(" OR ", plain) + " LIMIT 1",
                    r -> r.getInt(1))
                .isEmpty());
  }

  /**
   * The SQL that keeps rows whose value may still be plain, so the start-up sweep reads no
   * encrypted content: a text column not carrying the marker; a document's PDF where its snapshot
   * does not (both are written together).
   */
  private static String plainCondition(EncryptedColumn column) {
    String text =
        column == EncryptedColumn.DOCUMENT_PDF
            ? EncryptedColumn.DOCUMENT_SNAPSHOT.column()
            : column.column();
    return "(" + text + " IS NULL OR " + text + " NOT LIKE '" + ContentCipher.TEXT_MARKER + "%')";
  }

  private Optional<String> keyOf(Object value) {
    return value instanceof byte[] bytes ? cipher.keyIdOf(bytes) : cipher.keyIdOf((String) value);
  }

  /** One stored value and its row. */
  private record Row(String id, Object value) {}
}
