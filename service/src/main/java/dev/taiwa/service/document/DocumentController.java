package dev.taiwa.service.document;

import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.service.security.ActorResolver;
import dev.taiwa.service.web.ClientError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /documents/{id}.pdf} with the bearer token: the stored PDF under the case's access
 * rules (secret content only with need-to-know, audited). Anything the caller may not read answers
 * 404 NOT_FOUND, exactly like a missing document.
 */
@Controller("/documents")
final class DocumentController {
  private final DocumentQueries documents;
  private final ActorResolver actors;

  DocumentController(DocumentQueries documents, ActorResolver actors) {
    this.documents = documents;
    this.actors = actors;
  }

  @Get(
      uri = "/{file}",
      produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> download(String file, Authentication authentication) {
    Optional<Actor> actor = actors.resolve(authentication);
    if (actor.isEmpty()) {
      return ClientError.unauthenticated();
    }
    Optional<UUID> id = PdfDownload.documentId(file);
    Optional<DocumentQueries.Download> download =
        id.flatMap(value -> documents.download(actor.get(), value));
    if (download.isEmpty()) {
      return ClientError.forStatus(HttpStatus.NOT_FOUND).response();
    }
    return PdfDownload.response(download.get());
  }
}
