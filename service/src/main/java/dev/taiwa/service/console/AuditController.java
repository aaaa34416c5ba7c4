package dev.taiwa.service.console;

import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.access.application.AccessGrantCommands;
import dev.taiwa.cases.kernel.Result;
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
import java.util.UUID;

/**
 * The audit trail at {@code /audit} with its filters (case, actor, action, outcome, period), and
 * the button that verifies the chain ({@code POST /audit/verify}, with the session's form token). A
 * caller the use case refuses gets 403 (the refusal is audited, as through the API).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class AuditController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final AuditPages pages;
  private final SignedInReader signedIn;
  private final AccessGrantCommands grants;

  AuditController(AuditPages pages, SignedInReader signedIn, AccessGrantCommands grants) {
    this.pages = pages;
    this.signedIn = signedIn;
    this.grants = grants;
  }

  @Get(value = ConsolePaths.AUDIT, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> search(
      HttpRequest<?> request,
      @QueryValue("case") @Nullable String caseId,
      @QueryValue @Nullable String actor,
      @QueryValue @Nullable String action,
      @QueryValue @Nullable String outcome,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      @QueryValue @Nullable String after) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    return answer(
        header,
        pages.of(
            caller.actor(),
            header,
            new AuditPages.Query(caseId, actor, action, outcome, from, to, after)));
  }

  @Post(
      value = ConsolePaths.AUDIT_VERIFY,
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> verify(HttpRequest<?> request, @Body("csrf") @Nullable String csrf) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleSessions.sameToken(caller.session().csrfToken(), csrf)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    SignedIn header = signedIn.of(caller);
    return answer(header, pages.verify(caller.actor(), header));
  }

  /**
   * An auditor's review of a break-glass access in the page's queue ({@code reviewBreakGlass}):
   * back to the queue once recorded; a refused note comes back at its field with what was typed
   * (422), a grant nobody opened is 404, a caller who may not review 403, as the use case answers.
   */
  @Post(
      value = ConsolePaths.AUDIT_BREAK_GLASS,
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> review(
      HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    SignedIn header = signedIn.of(caller);
    UUID grant = ConsoleForms.uuid(id);
    if (grant == null) {
      return ConsoleAnswers.notFound(header);
    }
    Result<?> result =
        grants.reviewBreakGlass(
            caller.actor(), new GrantId(grant), ConsoleForms.text(form, "note"));
    if (result.accepted()) {
      return HttpResponse.seeOther(URI.create(ConsolePaths.AUDIT + "#break-glass"));
    }
    HttpStatus status = ConsoleForms.status(result.errors());
    if (status == HttpStatus.FORBIDDEN) {
      return ConsoleAnswers.forbidden(header);
    }
    if (status == HttpStatus.NOT_FOUND) {
      return ConsoleAnswers.notFound(header);
    }
    Typed typed =
        ConsoleForms.refused(
            "review-break-glass/" + grant,
            form,
            Set.of("note")::contains,
            result.errors(),
            caller.texts());
    return pages
        .refusedReview(caller.actor(), header, typed)
        .<HttpResponse<?>>map(
            page ->
                HttpResponse.status(status)
                    .body(new ModelAndView<>("console/audit", Map.of("page", page))))
        .orElseGet(() -> ConsoleAnswers.forbidden(header));
  }

  private static HttpResponse<?> answer(SignedIn header, Optional<AuditPage> page) {
    if (page.isEmpty()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.ok(new ModelAndView<>("console/audit", Map.of("page", page.get())));
  }
}
