package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Every form of a patent application's page posts here, to {@code /patents/{id}/{action}}: the
 * examiner's screening decision, the reviewer's review and designation steps and obligation
 * decisions, the company's answers, obligation requests and compensation claim. Each calls the use
 * case the GraphQL mutation of the same purpose calls, as the signed-in user, so every rule applies
 * unchanged. A form without the session's token is refused (403) and changes nothing; an accepted
 * one goes back to the page (303); a refused one shows the page again with what was typed and each
 * reason next to its field.
 */
@Controller(ConsolePaths.PATENTS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class PatentActionsController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final PatentRendering rendering;
  private final PatentFormActions actions;

  PatentActionsController(PatentRendering rendering, PatentFormActions actions) {
    this.rendering = rendering;
    this.actions = actions;
  }

  @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> act(
      HttpRequest<?> request,
      @PathVariable String id,
      @PathVariable String action,
      @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Optional<CaseId> caseId = CaseRendering.caseId(id);
    Optional<FormAction> known = actions.named(action);
    if (caseId.isEmpty() || known.isEmpty()) {
      return rendering.notFound(caller);
    }
    Result<?> result =
        known.get().run().apply(new FormAction.Posted(caller.actor(), caseId.get(), form));
    if (result.accepted()) {
      return HttpResponse.seeOther(
          URI.create(ConsolePaths.patentOf(caseId.get().value()) + "#" + known.get().anchor()));
    }
    String formName = form.containsKey("item") ? action + "/" + form.get("item") : action;
    Typed typed =
        ConsoleForms.refused(formName, form, known.get().fields(), result.errors(), caller.texts());
    return rendering.page(caller, caseId.get(), typed, ConsoleForms.status(result.errors()));
  }
}
