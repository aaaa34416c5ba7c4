package dev.taiwa.service.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Security headers on every answer, error answers included: no MIME sniffing, no framing, no
 * referrer, and a Content-Security-Policy that allows nothing (an API answer or a PDF runs no
 * script); the GraphiQL page sets its own, narrower one ({@link GraphiqlController}), and so do the
 * console's pages (which also send their origin to Taiwa itself: see the console's content policy).
 * API answers and documents are never cached ({@code Cache-Control: no-store}); the static GraphiQL
 * scripts under {@code /webjars} may be.
 */
@ServerFilter("/**")
final class SecurityHeaders implements Ordered {
  /** Nothing may load, run or frame: for every answer but the GraphiQL page. */
  static final String NOTHING =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** Outermost: the answers of every other filter (a security rejection, say) pass through. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }

  @ResponseFilter
  void addTo(HttpRequest<?> request, MutableHttpResponse<?> response) {
    var headers = response.getHeaders();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    if (!headers.contains("Referrer-Policy")) {
      headers.set("Referrer-Policy", "no-referrer");
    }
    if (!headers.contains("Content-Security-Policy")) {
      headers.set("Content-Security-Policy", NOTHING);
    }
    if (!request.getPath().startsWith("/webjars/")) {
      headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
