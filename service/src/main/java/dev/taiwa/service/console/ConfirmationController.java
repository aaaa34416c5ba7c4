package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationCommands;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationView;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prior-confirmation pages (事前確認, ESPA Arts. 78–79): {@code /confirmations}, the requests the
 * caller may see; {@code /confirmations/new}, a company's request; {@code /confirmations/{id}}, one
 * request, whose forms post to {@code /confirmations/{id}/{action}}. Each form calls the use case
 * the GraphQL mutation of the same purpose calls, as the signed-in user. A form without the
 * session's token is refused (403) and changes nothing; an accepted one goes to the request's page
 * (303); a refused one shows its page again with what was typed and each reason at its field. A
 * request the caller may not see answers 404 exactly like one that does not exist.
 */
@Controller(ConsolePaths.CONFIRMATIONS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class ConfirmationController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
  private static final Set<String> REQUEST_FIELDS =
      Set.of(
          "title",
          "summary",
          "claimedFields",
          "inventionCompletedInJapan",
          "intendedForeignFiling");

  private final ConfirmationPages pages;
  private final PriorConfirmationCommands commands;
  private final SignedInReader signedIn;
  private final Map<String, FormAction> actions;

  ConfirmationController(
      ConfirmationPages pages, PriorConfirmationCommands commands, SignedInReader signedIn) {
    this.pages = pages;
    this.commands = commands;
    this.signedIn = signedIn;
    this.actions =
        Map.of(
            "send-for-consultation",
            new FormAction(
                p ->
                    commands.sendForConsultation(
                        p.actor(), p.caseId(), p.version(), p.text("note")),
                Set.of("note"),
                "work"),
            "record-consultation",
            new FormAction(
                p ->
                    commands.recordConsultation(
                        p.actor(), p.caseId(), p.version(), p.text("answer")),
                Set.of("answer"),
                "work"),
            "answer",
            new FormAction(
                p ->
                    commands.answer(
                        p.actor(),
                        p.caseId(),
                        p.version(),
                        ConsoleForms.choice(p.form(), "answer", BanAnswer.class),
                        p.text("reason")),
                Set.of("answer", "reason"),
                "work"));
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> list(HttpRequest<?> request, @QueryValue @Nullable String after) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    Optional<ConfirmationListPage> page = pages.list(caller.actor(), header, after);
    if (page.isEmpty()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.ok(new ModelAndView<>("console/confirmations", Map.of("page", page.get())));
  }

  @Get(value = "/new", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> form(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    NewConfirmationPage page = pages.newRequest(caller.actor(), header, Typed.none());
    if (!page.mayRequest()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.ok(new ModelAndView<>("console/newconfirmation", Map.of("page", page)));
  }

  @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> request(HttpRequest<?> request, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Result<PriorConfirmationView> result =
        commands.request(
            caller.actor(),
            new PriorConfirmationForm(
                ConsoleForms.text(form, "title"),
                ConsoleForms.text(form, "summary"),
                ConsoleForms.specifiedFields(form),
                completedInJapan(form),
                ConsoleForms.text(form, "intendedForeignFiling")));
    if (result.accepted() && result.value().isPresent()) {
      return HttpResponse.seeOther(
          URI.create(ConsolePaths.confirmationOf(result.value().get().request().id().value())));
    }
    SignedIn header = signedIn.of(caller);
    Typed typed =
        ConsoleForms.refused(
            "new", form, REQUEST_FIELDS::contains, result.errors(), caller.texts());
    NewConfirmationPage page = pages.newRequest(caller.actor(), header, typed);
    if (!page.mayRequest()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(new ModelAndView<>("console/newconfirmation", Map.of("page", page)));
  }

  @Get(value = "/{id}", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Optional<CaseId> found = CaseRendering.caseId(id);
    if (found.isEmpty()) {
      return ConsoleAnswers.notFound(signedIn.of(caller));
    }
    return page(caller, found.get(), Typed.none(), HttpStatus.OK);
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
    FormAction known = actions.get(action);
    if (caseId.isEmpty() || known == null) {
      return ConsoleAnswers.notFound(signedIn.of(caller));
    }
    Result<?> result = known.run().apply(new FormAction.Posted(caller.actor(), caseId.get(), form));
    if (result.accepted()) {
      return HttpResponse.seeOther(
          URI.create(ConsolePaths.confirmationOf(caseId.get().value()) + "#" + known.anchor()));
    }
    Typed typed =
        ConsoleForms.refused(action, form, known.fields(), result.errors(), caller.texts());
    return page(caller, caseId.get(), typed, ConsoleForms.status(result.errors()));
  }

  private HttpResponse<?> page(ConsoleRequest caller, CaseId id, Typed typed, HttpStatus status) {
    SignedIn header = signedIn.of(caller);
    Optional<ConfirmationPage> page = pages.page(caller.actor(), id, header, typed);
    if (page.isEmpty()) {
      return ConsoleAnswers.notFound(header);
    }
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console/confirmation", Map.of("page", page.get())));
  }

  /** The tick box's answer: {@code yes} or {@code no}; null when neither was chosen. */
  private static @Nullable Boolean completedInJapan(Map<String, String> form) {
    String value = ConsoleForms.text(form, "inventionCompletedInJapan");
    return value == null
        ? null
        : value.equals("yes") ? Boolean.TRUE : value.equals("no") ? Boolean.FALSE : null;
  }
}
