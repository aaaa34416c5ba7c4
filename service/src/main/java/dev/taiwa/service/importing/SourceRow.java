package dev.taiwa.service.importing;

import java.util.Map;

/**
 * One row of an import file: its number as the operator sees it (a spreadsheet row, the header
 * being row 1; or the position of the object in a JSON array, from 1) and its values by column.
 */
public record SourceRow(long number, Map<String, String> values) {
  public SourceRow {
    values = Map.copyOf(values);
  }

  /** The value of {@code column}, stripped; null when absent or blank. */
  public String get(String column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
