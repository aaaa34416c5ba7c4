package dev.taiwa.service.console;

import java.util.List;

/**
 * One chart of the dashboard: its rows as a table (label and the values of {@code columns}), the
 * value each row's bar shows, and the bars' geometry for the SVG drawn on the server.
 *
 * @param id the chart's name in its CSV link ({@code /dashboard.csv?chart=<id>})
 * @param columns the table's headings: the label column's first, then one per value
 */
public record DashboardChart(String id, String title, List<String> columns, List<Row> rows) {
  /** Width of the drawing in SVG units; labels take the left part, bars the rest. */
  public static final int WIDTH = 640;

  /** Where the bars start and how long the longest bar is. */
  public static final int BAR_X = 220;

  public static final int BAR_SPACE = 340;
  public static final int ROW_HEIGHT = 28;

  public DashboardChart {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** One row: its label, the values shown in the table, the number its bar stands for. */
  public record Row(String label, List<String> values, long charted) {
    public Row {
      values = List.copyOf(values);
    }
  }

  /** A bar as drawn: the row's label (shortened), its value, top edge and length. */
  public record Bar(String label, String fullLabel, String value, int y, int length) {}

  /** The bars, the longest row's bar {@link #BAR_SPACE} long. */
  public List<Bar> bars() {
    long max = rows.stream().mapToLong(Row::charted).max().orElse(0);
    return java.util.stream.IntStream.range(0, rows.size())
        .mapToObj(
            i -> {
              Row row = rows.get(i);
              int length =
                  max == 0 ? 0 : (int) Math.round((double) row.charted() * BAR_SPACE / max);
              return new Bar(
                  shortened(row.label()),
                  row.label(),
                  String.format(java.util.Locale.ROOT, "%,d", row.charted()),
                  i * ROW_HEIGHT + 4,
                  length);
            })
        .toList();
  }

  /** The drawing's height in SVG units. */
  public int height() {
    return rows.size() * ROW_HEIGHT + 8;
  }

  private static String shortened(String label) {
    return label.codePointCount(0, label.length()) <= 14
        ? label
        : label.substring(0, label.offsetByCodePoints(0, 13)) + "…";
  }
}
