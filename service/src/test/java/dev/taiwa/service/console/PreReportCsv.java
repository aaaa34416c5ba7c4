package dev.taiwa.service.console;

import dev.taiwa.service.importing.PreReportRows;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * An import file of pre-reports as Excel saves it ({@code taiwa import prereports}'s columns), each
 * row submitted; row {@code i} has the import key {@code prefix-i} and is spreadsheet row {@code i
 * + 2}. Rows whose index is in {@code bad} carry an invalid e-mail address.
 */
final class PreReportCsv {
  private final String prefix;
  private final int rows;
  private final Set<Integer> bad;

  PreReportCsv(String prefix, int rows, Set<Integer> bad) {
    this.prefix = prefix;
    this.rows = rows;
    this.bad = Set.copyOf(bad);
  }

  /** The spreadsheet rows the check refuses. */
  Set<Long> badRows() {
    Set<Long> numbers = new TreeSet<>();
    bad.forEach(i -> numbers.add(i + 2L));
    return numbers;
  }

  int goodRows() {
    return rows - bad.size();
  }

  byte[] bytes() {
    String planned = plannedDate();
    StringBuilder csv = header();
    for (int i = 0; i < rows; i++) {
      String email = bad.contains(i) ? "not-an-address" : "suzuki" + i + "@alpha.example.jp";
      csv.append(line(prefix + "-" + i, email, "CN", planned));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The planned date of a row that is neither late nor too early: 120 days from today in Tokyo. */
  static String plannedDate() {
    return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(120).toString();
  }

  /** A byte order mark and the header line, as Excel's "CSV UTF-8" begins. */
  static StringBuilder header() {
    return new StringBuilder("\uFEFF")
        .append(String.join(",", PreReportRows.COLUMNS))
        .append("\r\n");
  }

  /** One submitted report's line, CRLF-terminated, with these fields and the rest fixed. */
  static String line(String key, String email, String country, String planned) {
    return String.join(
            ",",
            key,
            "鈴木 一郎",
            "輸出管理部",
            email,
            "03-1234-5678",
            "1",
            "CONTRACT_MANUFACTURING",
            "\"华东精密电子有限公司\"",
            "\"Huadong Precision Electronics Co., Ltd.\"",
            country,
            "UNRELATED",
            planned,
            "CONTRACT",
            "\"積層セラミックコンデンサの製造条件を提供する。\"",
            "",
            "",
            "true")
        + "\r\n";
  }
}
