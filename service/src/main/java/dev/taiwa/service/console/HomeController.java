package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;

/**
 * The console's home at {@code /}. Micronaut Security lets the request through (it knows bearer
 * tokens only); {@link ConsoleAuthentication} has already required a browser session. A company's
 * user sees its cases; a dialogue officer's home is the review queues, an auditor's the audit
 * trail, a patent examiner's and a security reviewer's the patent applications.
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
  HttpResponse<?> home(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Actor actor = caller.actor();
    if (!actor.has(Role.FILER)) {
      if (actor.has(Role.DIALOGUE_OFFICER)) {
        return HttpResponse.seeOther(URI.create(ConsolePaths.QUEUES));
      }
      if (actor.has(Role.AUDITOR)) {
        return HttpResponse.seeOther(URI.create(ConsolePaths.AUDIT));
      }
      if (actor.has(Role.PATENT_EXAMINER) || actor.has(Role.SECURITY_REVIEWER)) {
        return HttpResponse.seeOther(URI.create(ConsolePaths.PATENTS));
      }
    }
    return HttpResponse.ok(
        new ModelAndView<>(
            "console/home", Map.of("page", pages.of(caller.actor(), signedIn.of(caller)))));
  }
}
