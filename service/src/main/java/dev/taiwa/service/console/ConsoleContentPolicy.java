package dev.taiwa.service.console;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The console's pages may load Taiwa's own scripts, style sheets and font, talk to Taiwa only, and
 * post forms to Taiwa only; nothing inline runs, nothing frames them. (Every other answer keeps the
 * policy that allows nothing.) Their referrer goes to Taiwa only.
 */
@ServerFilter({
  ConsolePaths.HOME,
  ConsolePaths.CASES + "/**",
  ConsolePaths.SIGN_IN,
  ConsolePaths.SIGN_OUT,
  ConsolePaths.QUEUES,
  ConsolePaths.AUDIT,
  ConsolePaths.AUDIT + "/**",
  ConsolePaths.LANGUAGE,
  ConsolePaths.NOTIFICATIONS,
  ConsolePaths.NOTIFICATIONS + "/**",
  ConsolePaths.DASHBOARD,
  ConsolePaths.DASHBOARD_CSV,
  ConsolePaths.ADMIN + "/**",
  ConsolePaths.IMPORTS,
  ConsolePaths.IMPORTS + "/**",
  ConsolePaths.PATENTS,
  ConsolePaths.PATENTS + "/**",
  ConsolePaths.CONFIRMATIONS,
  ConsolePaths.CONFIRMATIONS + "/**",
  ConsolePaths.VIEWS,
  ConsolePaths.VIEW_PAGES
})
final class ConsoleContentPolicy implements Ordered {
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self';"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @ResponseFilter
  void addTo(MutableHttpResponse<?> response) {
    response.getHeaders().set("Content-Security-Policy", POLICY);
    // A browser sends "Origin: null" with a form posted under "no-referrer", which the server
    // refuses as a cross-origin request; "same-origin" tells Taiwa where a form came from and other
    // sites nothing.
    response.getHeaders().set("Referrer-Policy", "same-origin");
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.after();
  }
}
