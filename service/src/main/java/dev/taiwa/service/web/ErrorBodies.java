package dev.taiwa.service.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bodies of the error answers Micronaut and micronaut-security make themselves (unknown route,
 * wrong method, body too large or not convertible, 401, 403, an unexpected exception): a {@link
 * ClientError} chosen by status, never the exception's text, which names Java classes, JSON parser
 * internals or SQL. An internal error gets an incident id, logged with its cause.
 */
final class ErrorBodies {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorBodies.class);

  private ErrorBodies() {}

  static ClientError of(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    if (status.getCode() < 500) {
      return ClientError.forStatus(status);
    }
    String incident = UUID.randomUUID().toString();
    LOG.error(
        "Internal error, incident {} at {} {}",
        incident,
        context.getRequest().getMethod(),
        context.getRequest().getPath(),
        context.getRootCause().orElse(null));
    return new ClientError(status, "INTERNAL", "Internal error, incident " + incident);
  }

  /** JSON error bodies, for API clients. */
  @Singleton
  @Replaces(JsonErrorResponseBodyProvider.class)
  static final class Json implements JsonErrorResponseBodyProvider<Map<String, Object>> {
    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
      return of(context, response).body();
    }
  }

  /** HTML error pages, for browsers: the same message, nothing more. */
  @Singleton
  @Replaces(HtmlErrorResponseBodyProvider.class)
  static final class Html implements HtmlErrorResponseBodyProvider {
    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
      ClientError error = of(context, response);
      return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
          + response.getStatus().getCode()
          + "</title></head><body><h1>"
          + response.getStatus().getCode()
          + " "
          + error.code()
          + "</h1><p>"
          + error.message().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
          + "</p></body></html>";
    }
  }
}
