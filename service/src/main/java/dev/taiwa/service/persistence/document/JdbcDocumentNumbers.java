package dev.taiwa.service.persistence.document;

import dev.taiwa.cases.document.model.IssuingOffice;
import dev.taiwa.cases.document.port.DocumentNumbers;
import dev.taiwa.service.document.DocumentNumberingConfiguration;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * {@link DocumentNumbers} from {@code document_number_sequence}: one row per office and year,
 * counted up by a single upsert, so concurrent generations (on any node) never get the same number;
 * it joins the caller's transaction, so a rolled-back generation gives its number back.
 */
@Singleton
public class JdbcDocumentNumbers implements DocumentNumbers {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final SqlStatements sql;
  private final DocumentNumberingConfiguration formats;

  JdbcDocumentNumbers(SqlStatements sql, DocumentNumberingConfiguration formats) {
    this.sql = sql;
    this.formats = formats;
  }

  @Override
  @Transactional
  public String allocate(IssuingOffice office, LocalDate on) {
    long n =
        sql.query(
                "INSERT INTO document_number_sequence (office, year, last_number) VALUES (?, ?, 1)"
                    + " ON CONFLICT (office, year) DO UPDATE SET last_number ="
                    + " document_number_sequence.last_number + 1 RETURNING last_number",
                row -> row.getLong(1),
                office.key(),
                on.getYear())
            .get(0);
    return formats
        .of(office)
        .replace("{date}", on.format(DATE))
        .replace("{year}", String.valueOf(on.getYear()))
        .replace("{n}", String.valueOf(n));
  }
}
