package dev.taiwa.service.importing;

import dev.taiwa.cases.kernel.ErrorCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the cells of a row into typed values, noting every cell that cannot be read as a problem on
 * its column (and answering null for it, so that the use case's rules see a missing value).
 */
final class Cells {
  /** ISO dates, and the {@code 2026/5/1} form Excel writes in a Japanese locale. */
  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

  private final SourceRow row;
  private final List<RowProblem> problems = new ArrayList<>();

  Cells(SourceRow row) {
    this.row = row;
  }

  String text(String column) {
    return row.get(column);
  }

  LocalDate date(String column) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    try {
      return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return bad(column, "Not a date such as 2026-05-01: " + value);
    }
  }

  <E extends Enum<E>> E choice(String column, Class<E> type) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return bad(column, "Not one of " + Arrays.toString(type.getEnumConstants()) + ": " + value);
    }
  }

  /** A list separated by {@code ;} (or commas, or spaces). */
  List<String> list(String column) {
    String value = row.get(column);
    return value == null
        ? List.of()
        : Arrays.stream(value.split("[;,\\n]"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  List<Integer> numbers(String column) {
    List<Integer> numbers = new ArrayList<>();
    for (String part : list(column)) {
      try {
        numbers.add(Integer.parseInt(part));
      } catch (NumberFormatException e) {
        bad(column, "Not a list of numbers such as 1;8: " + row.get(column));
        return List.of();
      }
    }
    return numbers;
  }

  boolean flag(String column) {
    String value = row.get(column);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "y" -> true;
      case "false", "no", "0", "n" -> false;
      default -> {
        bad(column, "Not true or false: " + value);
        yield false;
      }
    };
  }

  <T> T bad(String column, String reason) {
    problems.add(new RowProblem(row.number(), column, ErrorCode.INVALID_VALUE.name(), reason));
    return null;
  }

  List<RowProblem> problems() {
    return problems;
  }
}
