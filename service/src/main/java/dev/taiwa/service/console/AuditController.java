package dev.taiwa.service.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.Optional;

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

  AuditController(AuditPages pages, SignedInReader signedIn) {
    this.pages = pages;
    this.signedIn = signedIn;
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

  private static HttpResponse<?> answer(SignedIn header, Optional<AuditPage> page) {
    if (page.isEmpty()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.ok(new ModelAndView<>("console/audit", Map.of("page", page.get())));
  }
}
