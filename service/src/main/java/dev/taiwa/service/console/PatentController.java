package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.CaseId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.Optional;

/**
 * The patent track's pages: {@code /patents}, the caller's list (an examiner's screening queue, a
 * reviewer's review queue, a company's applications; {@code ?section=&after=} pages through one of
 * them), and {@code /patents/{id}}, one application. An application the caller may not see answers
 * 404 exactly like one that does not exist.
 */
@Controller(ConsolePaths.PATENTS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class PatentController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final PatentRendering rendering;
  private final PatentListPages lists;
  private final SignedInReader signedIn;

  PatentController(PatentRendering rendering, PatentListPages lists, SignedInReader signedIn) {
    this.rendering = rendering;
    this.lists = lists;
    this.signedIn = signedIn;
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> list(
      HttpRequest<?> request,
      @QueryValue @Nullable String section,
      @QueryValue @Nullable String after) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    Optional<PatentListPage> page = lists.of(caller.actor(), header, section, after);
    if (page.isEmpty()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.ok(new ModelAndView<>("console/patents", Map.of("page", page.get())));
  }

  @Get(value = "/{id}", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Optional<CaseId> found = CaseRendering.caseId(id);
    if (found.isEmpty()) {
      return rendering.notFound(caller);
    }
    return rendering.page(caller, found.get(), Typed.none(), HttpStatus.OK);
  }
}
