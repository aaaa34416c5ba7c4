package dev.taiwa.tools;

import dev.taiwa.cases.kernel.JapanTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.IntFunction;

/**
 * A pre-report import file of {@code rows} valid rows (Excel CSV, CRLF) for the load tests: row
 * {@code i} has the import key {@code prefix + i}, a planned date {@code daysAhead} from today and
 * the {@code submit} column {@code submit.apply(i)}.
 */
public final class PreReportCsv {
  private static final String HEADER =
      "importKey,contact.name,contact.email,technologyNumbers,transactionType,"
          + "counterparty.nameOriginal,counterparty.nameRomanised,counterparty.countryCode,"
          + "counterparty.relationship,plannedDate,plannedDateKind,technologyDescription,"
          + "submit\r\n";

  private PreReportCsv() {}

  public static Path write(
      Path file, String prefix, int rows, int daysAhead, IntFunction<String> submit) {
    String planned = JapanTime.dateOf(Instant.now()).plusDays(daysAhead).toString();
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      text.append(
          "%s%d,田中,t%d@sakura.example.jp,3,JOINT_VENTURE,越南铜箔,Vietnam Foil,VN,JOINT_VENTURE,%s,CONTRACT,電解銅箔,%s\r\n"
              .formatted(prefix, i, i, planned, submit.apply(i)));
    }
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
