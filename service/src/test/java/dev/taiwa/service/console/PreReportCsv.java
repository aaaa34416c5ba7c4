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
    LocalDate planned = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(120);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(String.join(",", PreReportRows.COLUMNS)).append("\r\n");
    for (int i = 0; i < rows; i++) {
      String email = bad.contains(i) ? "not-an-address" : "suzuki" + i + "@alpha.example.jp";
      csv.append(
              String.join(
                  ",",
                  prefix + "-" + i,
                  "鈴木 一郎",
                  "輸出管理部",
                  email,
                  "03-1234-5678",
                  "1",
                  "CONTRACT_MANUFACTURING",
                  "\"华东精密电子有限公司\"",
                  "\"Huadong Precision Electronics Co., Ltd.\"",
                  "CN",
                  "UNRELATED",
                  planned.toString(),
                  "CONTRACT",
                  "\"積層セラミックコンデンサの製造条件を提供する。\"",
                  "",
                  "",
                  "true"))
          .append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
