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
import java.util.Optional;

/**
 * A pre-report's page at {@code /cases/{id}}. A case the caller may not see answers 404 exactly
 * like one that does not exist.
 */
@Controller(ConsolePaths.CASES)
@Secured(SecurityRule.IS_ANONYMOUS)
final class CaseController {
  private final CaseRendering rendering;

  CaseController(CaseRendering rendering) {
    this.rendering = rendering;
  }

  @Get(value = "/{id}", produces = MediaType.TEXT_HTML + ";charset=utf-8")
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Optional<CaseId> found = CaseRendering.caseId(id);
    if (found.isEmpty()) {
      return rendering.notFound(caller);
    }
    return rendering.casePage(caller, found.get(), Typed.none(), HttpStatus.OK);
  }
}
