package dev.taiwa.tools.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.taiwa.service.importing.ImportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes exported cases as they come. CSV for Excel: UTF-8 with a byte-order mark (so Excel reads
 * Japanese correctly), CRLF line ends, every field that needs it quoted, lists inside a cell one
 * item per line. JSON: one array of case objects, UTF-8.
 */
final class ExportWriter implements AutoCloseable {
  private final ImportFormat format;
  private final Writer writer;
  private CSVPrinter csv;
  private JsonGenerator json;

  ExportWriter(ImportFormat format, Writer writer, List<String> columns) {
    this.format = format;
    this.writer = writer;
    try {
      if (format == ImportFormat.CSV) {
        writer.write('\uFEFF');
        csv =
            new CSVPrinter(
                writer, CSVFormat.EXCEL.builder().setHeader(columns.toArray(String[]::new)).get());
      } else {
        json =
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .createGenerator(writer)
                .useDefaultPrettyPrinter();
        json.writeStartArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(List<Object> cells, Map<String, Object> object) {
    try {
      if (format == ImportFormat.CSV) {
        csv.printRecord(cells);
      } else {
        json.writeObject(object);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (format == ImportFormat.CSV) {
        csv.flush();
      } else {
        json.writeEndArray();
        json.flush();
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
