package dev.taiwa.service.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Map;

/**
 * The console's home at {@code /}. Micronaut Security lets the request through (it knows bearer
 * tokens only); {@link ConsoleAuthentication} has already required a browser session.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class HomeController {
  private final HomePages pages;
  private final SignedInReader signedIn;

  HomeController(HomePages pages, SignedInReader signedIn) {
    this.pages = pages;
    this.signedIn = signedIn;
  }

  @Get(value = ConsolePaths.HOME, produces = MediaType.TEXT_HTML + ";charset=utf-8")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @View("console/home")
  Map<String, Object> home(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    return Map.of("page", pages.of(caller.actor(), signedIn.of(caller)));
  }
}
