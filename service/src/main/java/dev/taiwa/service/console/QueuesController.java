package dev.taiwa.service.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import java.util.Optional;

/**
 * A dialogue officer's queues at {@code /queues?queue=mine|unassigned|overdue|awaiting-company|
 * by-technology}: anyone else gets 403, as the API's {@code dialogueQueue} answers FORBIDDEN.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class QueuesController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final QueuePages pages;
  private final SignedInReader signedIn;

  QueuesController(QueuePages pages, SignedInReader signedIn) {
    this.pages = pages;
    this.signedIn = signedIn;
  }

  @Get(value = ConsolePaths.QUEUES, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> queue(
      HttpRequest<?> request,
      @QueryValue @Nullable String queue,
      @QueryValue @Nullable String technology,
      @QueryValue @Nullable String search,
      @QueryValue @Nullable String sort,
      @QueryValue @Nullable String order,
      @QueryValue @Nullable String after) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    Optional<QueuePage> page =
        pages.of(
            caller.actor(),
            header,
            new QueuePages.Query(queue, technology, search, sort, order, after));
    if (page.isEmpty()) {
      return ConsoleAnswers.forbidden(header);
    }
    return HttpResponse.ok(new ModelAndView<>("console/queues", Map.of("page", page.get())));
  }
}
