package dev.taiwa.service.screening;

import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.NewListVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a list file into a {@link NewListVersion}: its SHA-256 over the bytes as given, and its
 * entries. Both formats are CSV as Excel saves it (UTF-8, with or without a byte-order mark);
 * columns are found by their header, in English or Japanese, so extra columns are ignored.
 *
 * <ul>
 *   <li>End User List: {@code No.}, {@code Country or Region} (国名・地域名), {@code Company or
 *       Organization} (企業名・組織名), {@code Also Known As} (別名: one per line, or separated by {@code ;}
 *       or {@code ／}), {@code Type of WMD} (懸念区分).
 *   <li>Consolidated Screening List: {@code source}, {@code name}, {@code alt_names} ({@code ;}
 *       -separated), {@code addresses}, {@code country} (when absent: the last part of the
 *       address); the reference is {@code _id}, else {@code entity_number}, else the row.
 * </ul>
 */
public final class ListFiles {
  private static final Pattern EUL_ALIASES = Pattern.compile("\\r?\\n|;|；|／");
  private static final Pattern CSL_ALIASES = Pattern.compile(";");

  private ListFiles() {}

  /** A problem with the file as a whole (unreadable, a required column missing). */
  public static final class UnreadableList extends RuntimeException {
    public UnreadableList(String message) {
      super(message);
    }
  }

  /** The version {@code bytes} describe, calling {@code progress} with each row read. */
  public static NewListVersion read(
      byte[] bytes, ListFormat format, LocalDate publishedOn, IntConsumer progress) {
    if (bytes.length == 0) {
      throw new UnreadableList("the file is empty (or its content was not Base64)");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<ListEntry> entries = new ArrayList<>();
    CSVFormat csv =
        CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
      Map<String, Integer> header = parser.getHeaderMap();
      int row = 1;
      for (CSVRecord record : parser) {
        row++;
        ListEntry entry =
            format == ListFormat.EUL ? eul(record, header, row) : csl(record, header, row);
        if (entry != null) {
          entries.add(entry);
        }
        progress.accept(row - 1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UnreadableList("not a CSV list file: " + e.getMessage());
    }
    return new NewListVersion(format.source(), publishedOn, sha256(bytes), entries);
  }

  /** The number of data rows, for a progress bar's total. */
  public static int rows(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL)) {
      return (int) Math.max(0, parser.stream().count() - 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ListEntry eul(CSVRecord r, Map<String, Integer> header, int row) {
    String name = cell(r, header, true, "Company or Organization", "企業名・組織名", "企業名、組織名");
    if (name == null) {
      return null;
    }
    String no = cell(r, header, true, "No.", "No", "番号");
    return new ListEntry(
        no == null ? "row " + row : no,
        name,
        split(cell(r, header, false, "Also Known As", "別名"), EUL_ALIASES),
        cell(r, header, true, "Country or Region", "国名・地域名", "国名、地域名"),
        cell(r, header, false, "Type of WMD", "懸念区分", "Type of concern"),
        null);
  }

  private static ListEntry csl(CSVRecord r, Map<String, Integer> header, int row) {
    String name = cell(r, header, true, "name");
    if (name == null) {
      return null;
    }
    String id = cell(r, header, false, "_id", "entity_number");
    String addresses = cell(r, header, false, "addresses");
    String country = cell(r, header, false, "country");
    if (country == null && addresses != null) {
      String[] parts = addresses.split(",");
      country = parts[parts.length - 1].strip();
    }
    return new ListEntry(
        id == null ? "row " + row : id,
        name,
        split(cell(r, header, false, "alt_names"), CSL_ALIASES),
        country,
        cell(r, header, true, "source"),
        addresses);
  }

  private static String cell(
      CSVRecord r, Map<String, Integer> header, boolean required, String... names) {
    for (String name : names) {
      Integer index = header.get(name);
      if (index != null) {
        String value = index < r.size() ? r.get(index) : null;
        return value == null || value.isBlank() ? null : value.strip();
      }
    }
    if (required) {
      throw new UnreadableList("no column " + names[0] + " (columns: " + header.keySet() + ")");
    }
    return null;
  }

  private static List<String> split(String cell, Pattern separator) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(separator.split(cell))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
