package dev.taiwa.service.console;

import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.service.document.PdfDownload;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/**
 * A case's issued document as a browser downloads it, {@code /cases/{id}/documents/{doc}.pdf}: the
 * same {@link DocumentQueries#download} as the API's {@code /documents/{id}.pdf} (the case's access
 * rules, the document's audience, audited secret reads), with the console's session instead of a
 * bearer token. A document the caller may not read, or of another case, is 404.
 */
@Controller(ConsolePaths.CASES)
@Secured(SecurityRule.IS_ANONYMOUS)
final class ConsoleDocumentController {
  private final DocumentQueries documents;
  private final CaseRendering rendering;

  ConsoleDocumentController(DocumentQueries documents, CaseRendering rendering) {
    this.documents = documents;
    this.rendering = rendering;
  }

  @Get(
      value = "/{id}/documents/{file}",
      produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_PDF})
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> download(
      HttpRequest<?> request, @PathVariable String id, @PathVariable String file) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Optional<CaseId> caseId = CaseRendering.caseId(id);
    Optional<DocumentQueries.Download> download =
        PdfDownload.documentId(file)
            .flatMap(doc -> documents.download(caller.actor(), doc))
            .filter(found -> caseId.map(found.document().caseId()::equals).orElse(false));
    if (download.isEmpty()) {
      return rendering.notFound(caller);
    }
    return PdfDownload.response(download.get());
  }
}
