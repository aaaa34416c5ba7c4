package dev.taiwa.service.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics dashboard at {@code /dashboard?filedFrom=&filedTo=&technology=} and each chart's
 * data at {@code /dashboard.csv?chart=<id>&...} (UTF-8 with a byte-order mark and CRLF line ends,
 * as Excel opens Japanese text): 403 for a caller without statistics, as the API's {@code
 * statistics} answers FORBIDDEN; 404 for a chart the caller's page does not show.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class DashboardController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
  private static final String CSV = "text/csv;charset=utf-8";

  private final DashboardPages pages;
  private final SignedInReader signedIn;

  DashboardController(DashboardPages pages, SignedInReader signedIn) {
    this.pages = pages;
    this.signedIn = signedIn;
  }

  @Get(value = ConsolePaths.DASHBOARD, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> dashboard(
      HttpRequest<?> request,
      @QueryValue @Nullable String filedFrom,
      @QueryValue @Nullable String filedTo,
      @QueryValue @Nullable String technology) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    Optional<DashboardPage> page =
        pages.of(caller.actor(), header, new DashboardPages.Query(filedFrom, filedTo, technology));
    if (page.isEmpty()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.ok(new ModelAndView<>("console/dashboard", Map.of("page", page.get())));
  }

  @Get(
      value = ConsolePaths.DASHBOARD_CSV,
      produces = {MediaType.TEXT_HTML, CSV})
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> csv(
      HttpRequest<?> request,
      @QueryValue @Nullable String chart,
      @QueryValue @Nullable String filedFrom,
      @QueryValue @Nullable String filedTo,
      @QueryValue @Nullable String technology) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    DashboardPages.Query query = new DashboardPages.Query(filedFrom, filedTo, technology);
    Optional<DashboardPage> page = pages.of(caller.actor(), header, query);
    if (page.isEmpty()) {
      return ConsoleAnswers.forbidden(header);
    }
    Optional<List<List<String>>> rows = DashboardPages.csv(page.get(), chart == null ? "" : chart);
    if (rows.isEmpty()) {
      return ConsoleAnswers.notFound(header);
    }
    return HttpResponse.ok(csv(rows.get()))
        .contentType(CSV)
        .header("Content-Disposition", "attachment; filename=\"taiwa-" + chart + ".csv\"")
        .header("Cache-Control", "no-store");
  }

  /** UTF-8 bytes with a byte-order mark, records ending in CRLF. */
  static byte[] csv(List<List<String>> rows) {
    StringWriter text = new StringWriter();
    text.write('\uFEFF');
    try (CSVPrinter printer =
        new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
