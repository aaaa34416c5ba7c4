package dev.taiwa.service.view;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.view.SavedView;
import dev.taiwa.service.console.Labels;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A saved view's reports as a CSV file Excel opens as it is: UTF-8 with a byte order mark (else
 * Excel reads Japanese as Shift_JIS), CRLF line ends, Japanese headers and state names. The reports
 * are those the reader may see, in the view's order, at most {@value #MAX_ROWS}. Served by the
 * API's {@code GET /views/{id}.csv} (bearer token) and the console's {@code GET /views/{id}/csv}.
 */
@Singleton
public final class SavedViewCsv {
  /** More than a year of filings of the busiest organisation; a bigger list is cut here. */
  public static final int MAX_ROWS = 10_000;

  /** The media type of the file. */
  public static final String TEXT_CSV = "text/csv";

  private static final List<String> HEADERS =
      List.of("受付番号", "状態", "提出日", "予定日", "相手方（原語）", "相手方（ローマ字）", "国・地域", "技術番号", "技術の内容");

  private final PreReportQueries preReports;

  SavedViewCsv(PreReportQueries preReports) {
    this.preReports = preReports;
  }

  /** The file's bytes for {@code reader}. */
  public byte[] export(Actor reader, SavedView view) {
    StringWriter text = new StringWriter();
    text.write('\uFEFF');
    try (CSVPrinter csv =
        CSVFormat.EXCEL.builder().setHeader(HEADERS.toArray(String[]::new)).get().print(text)) {
      PageRequest.Position after = null;
      int written = 0;
      while (written < MAX_ROWS) {
        Page<PreReport> page =
            preReports.search(
                reader,
                view.filter(),
                view.order(),
                new PageRequest(
                    Math.min(PageRequest.MAX_PAGE_SIZE, MAX_ROWS - written), after, false));
        for (PreReport report : page.items()) {
          csv.printRecord(row(report));
          written++;
        }
        if (!page.hasNext() || page.items().isEmpty()) {
          break;
        }
        PreReport last = page.items().get(page.items().size() - 1);
        after = new PageRequest.Position(last.createdAt(), last.id().value());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The CSV bytes as a download named after the view's id, never cached. */
  public static HttpResponse<byte[]> attachment(byte[] body, UUID id) {
    return HttpResponse.ok(body)
        .contentType(MediaType.of(TEXT_CSV + "; charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"view-" + id + ".csv\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private static List<Object> row(PreReport report) {
    Counterparty counterparty =
        report.form().counterparty() == null
            ? new Counterparty(null, null, null, null)
            : report.form().counterparty();
    return java.util.Arrays.asList(
        report.reference().value(),
        Labels.of(report.state()),
        report.submittedAt() == null ? "" : JapanTime.dateOf(report.submittedAt()).toString(),
        report.form().plannedDate() == null ? "" : report.form().plannedDate().toString(),
        counterparty.nameOriginal(),
        counterparty.nameRomanised(),
        counterparty.countryCode(),
        report.form().technologyNumbers().stream()
            .map(String::valueOf)
            .collect(Collectors.joining(" ")),
        report.form().technologyDescription());
  }
}
