package dev.taiwa.service.web;

import dev.taiwa.cases.kernel.StoreBusyException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a {@link StoreBusyException} outside GraphQL ({@code /login}, {@code
 * /oauth/access_token}, {@code /documents/**}) with HTTP 503, a {@code Retry-After} header in
 * seconds and a short JSON body: {@code {"code": "BUSY", "message": "...", "retryAfterSeconds":
 * n}}. Nothing was written; the client tries again after that many seconds. Never exception text.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
final class StoreBusyHandler implements ExceptionHandler<StoreBusyException, HttpResponse<?>> {
  private static final Logger LOG = LoggerFactory.getLogger(StoreBusyHandler.class);

  @Override
  public HttpResponse<?> handle(HttpRequest request, StoreBusyException exception) {
    LOG.warn(
        "Store busy at {} {}: nothing written, client told to retry",
        request.getMethod(),
        request.getPath());
    return busy(exception);
  }

  /** The 503 answer to {@code exception}. */
  static HttpResponse<?> busy(StoreBusyException exception) {
    long seconds = exception.retryAfterSeconds();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", StoreBusyException.CODE);
    body.put(
        "message",
        "The database is busy: another change held its lock too long. Nothing was written; try"
            + " again in "
            + seconds
            + " s.");
    body.put("retryAfterSeconds", seconds);
    return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(body);
  }
}
