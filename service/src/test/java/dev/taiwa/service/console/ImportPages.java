package dev.taiwa.service.console;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the console's import pages list, read from their HTML. */
final class ImportPages {
  private static final Pattern BAD_ROW = Pattern.compile("<tr><td>(\\d+)</td>");

  private ImportPages() {}

  /** The spreadsheet rows a page lists as bad, in order. */
  static Set<Long> badRows(String html) {
    Set<Long> rows = new TreeSet<>();
    Matcher matcher = BAD_ROW.matcher(html);
    while (matcher.find()) {
      rows.add(Long.parseLong(matcher.group(1)));
    }
    return rows;
  }
}
