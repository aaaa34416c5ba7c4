package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.CaseId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A pre-report's page at {@code /cases/{id}}. A case the caller may not see answers 404 exactly
 * like one that does not exist.
 */
@Controller(ConsolePaths.CASES)
@Secured(SecurityRule.IS_ANONYMOUS)
final class CaseController {
  private final CasePages pages;
  private final SignedInReader signedIn;

  CaseController(CasePages pages, SignedInReader signedIn) {
    this.pages = pages;
    this.signedIn = signedIn;
  }

  @Get(value = "/{id}", produces = MediaType.TEXT_HTML + ";charset=utf-8")
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<ModelAndView<Map<String, Object>>> show(
      HttpRequest<?> request, @PathVariable String id) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    Optional<CasePage> page = caseId(id).flatMap(found -> pages.of(caller.actor(), found, header));
    if (page.isEmpty()) {
      return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.NOT_FOUND)
          .body(new ModelAndView<>("console/notfound", Map.of("signedIn", header)));
    }
    return HttpResponse.ok(new ModelAndView<>("console/case", Map.of("page", page.get())));
  }

  private static Optional<CaseId> caseId(String text) {
    try {
      return Optional.of(new CaseId(UUID.fromString(text)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
