package dev.taiwa.service.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import file read whole: its SHA-256, its header and its rows. CSV as Excel saves it (UTF-8
 * with or without a byte-order mark, CRLF or LF, quoted fields with embedded newlines and doubled
 * quotes); JSON as an array of objects whose nested objects flatten to dotted columns ({@code
 * {"contact": {"name": ...}}} is the column {@code contact.name}) and whose arrays join with {@code
 * ;}.
 */
public record SourceFile(String name, String sha256, List<String> columns, List<SourceRow> rows) {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * The file {@code path} (a name without folders, e.g. an upload's file name) holding {@code
   * bytes}; throws {@link UnreadableFile} when it is not UTF-8 or not the {@code format}.
   */
  public static SourceFile read(String path, byte[] bytes, ImportFormat format) {
    String text = utf8(path, bytes);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    return format == ImportFormat.JSON
        ? json(path, sha256(bytes), text)
        : csv(path, sha256(bytes), text);
  }

  private static SourceFile csv(String path, String sha, String text) {
    CSVFormat excel =
        CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), excel)) {
      List<String> columns = parser.getHeaderNames().stream().map(String::strip).toList();
      List<SourceRow> rows = new ArrayList<>();
      long number = 1;
      for (CSVRecord record : parser) {
        number++;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size() && i < record.size(); i++) {
          values.put(columns.get(i), record.get(i));
        }
        rows.add(new SourceRow(number, values));
      }
      return new SourceFile(path, sha, columns, rows);
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new UnreadableFile("not a CSV file " + path + ": " + e.getMessage());
    }
  }

  private static SourceFile json(String path, String sha, String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UnreadableFile(
          "not a JSON file " + path + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isArray()) {
      throw new UnreadableFile(path + ": expected a JSON array of objects");
    }
    List<SourceRow> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    long number = 0;
    for (JsonNode item : root) {
      number++;
      Map<String, String> values = new LinkedHashMap<>();
      if (item.isObject()) {
        flatten("", item, values);
      }
      values.keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
      rows.add(new SourceRow(number, values));
    }
    return new SourceFile(path, sha, columns, rows);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(name + ".", value, values);
      } else if (value.isArray()) {
        List<String> parts = new ArrayList<>();
        value.forEach(v -> parts.add(v.asText()));
        values.put(name, String.join(";", parts));
      } else if (!value.isNull()) {
        values.put(name, value.asText());
      }
    }
  }

  private static String utf8(String path, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableFile(path + " is not UTF-8 (save it from Excel as \"CSV UTF-8\")");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
