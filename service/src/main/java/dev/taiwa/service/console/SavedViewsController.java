package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.view.SavedView;
import dev.taiwa.cases.view.SavedViewUseCases;
import dev.taiwa.service.view.SavedViewCsv;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved views in the console, through the same {@link SavedViewUseCases} as the API's {@code
 * savedViews}, {@code saveView} and {@code deleteView}: the list ({@code /views}), saving a queue's
 * search and sort from the queue page, opening a view ({@code /views/{id}/cases}), deleting one's
 * own, and its CSV ({@code /views/{id}/csv}) written by the same {@link SavedViewCsv} as the API's
 * {@code /views/{id}.csv}. A view the caller may not see answers 404, like a missing one.
 */
@Controller(ConsolePaths.VIEWS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class SavedViewsController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final SavedViewUseCases views;
  private final SavedViewPages pages;
  private final QueuePages queues;
  private final SavedViewCsv csv;
  private final SignedInReader signedIn;

  SavedViewsController(
      SavedViewUseCases views,
      SavedViewPages pages,
      QueuePages queues,
      SavedViewCsv csv,
      SignedInReader signedIn) {
    this.views = views;
    this.pages = pages;
    this.queues = queues;
    this.csv = csv;
    this.signedIn = signedIn;
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> list(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    return HttpResponse.ok(listPage(caller, ""));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> save(HttpRequest<?> request, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    String sort =
        form.get("sort") != null && QueuePage.SORTS.contains(form.get("sort"))
            ? form.get("sort")
            : "received";
    Result<SavedView> saved =
        views.save(
            caller.actor(),
            form.get("name"),
            SavedViewPages.queueFilter(
                QueuePages.queueOf(form.get("queue")),
                ConsoleForms.integer(form, "technology"),
                form.get("search")),
            QueuePages.orderOf(sort, form.get("order")),
            form.containsKey("shared"));
    if (saved.accepted()) {
      return HttpResponse.seeOther(URI.create(ConsolePaths.VIEWS));
    }
    String error = nameError(saved, caller.texts());
    SignedIn header = signedIn.of(caller);
    Optional<QueuePage> queue =
        queues.of(
            caller.actor(),
            header,
            new QueuePages.Query(
                form.get("queue"),
                form.get("technology"),
                form.get("search"),
                sort,
                form.get("order"),
                null));
    Object page =
        queue.isPresent()
            ? new ModelAndView<>(
                "console/queues",
                Map.of("page", queue.get().withSaveError(nonNull(form.get("name")), error)))
            : listPage(caller, error);
    return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page);
  }

  @Get(value = "/{id}/cases", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> open(HttpRequest<?> request, String id, @QueryValue @Nullable String after) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Optional<SavedView> view = find(caller, id);
    if (view.isEmpty()) {
      return notFound(caller);
    }
    SignedIn header = signedIn.of(caller);
    return HttpResponse.ok(
        new ModelAndView<>(
            "console/view", Map.of("page", pages.open(caller.actor(), header, view.get(), after))));
  }

  @Get(
      value = "/{id}/csv",
      produces = {MediaType.TEXT_HTML, SavedViewCsv.TEXT_CSV})
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> download(HttpRequest<?> request, String id) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Optional<SavedView> view = find(caller, id);
    if (view.isEmpty()) {
      return notFound(caller);
    }
    return SavedViewCsv.attachment(csv.export(caller.actor(), view.get()), view.get().id());
  }

  @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> delete(HttpRequest<?> request, String id, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Optional<UUID> viewId = uuid(id);
    if (viewId.isEmpty()) {
      return notFound(caller);
    }
    Result<SavedView> deleted = views.delete(caller.actor(), viewId.get());
    if (deleted.accepted()) {
      return HttpResponse.seeOther(URI.create(ConsolePaths.VIEWS));
    }
    if (deleted.errors().stream().anyMatch(e -> e.code() == ErrorCode.FORBIDDEN)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    return notFound(caller);
  }

  private ModelAndView<Map<String, Object>> listPage(ConsoleRequest caller, String error) {
    SignedIn header = signedIn.of(caller);
    return new ModelAndView<>(
        "console/views",
        Map.of("page", pages.list(caller.actor(), header, views.visible(caller.actor()), error)));
  }

  private Optional<SavedView> find(ConsoleRequest caller, String id) {
    return uuid(id).flatMap(viewId -> views.find(caller.actor(), viewId));
  }

  private HttpResponse<?> notFound(ConsoleRequest caller) {
    return ConsoleAnswers.notFound(signedIn.of(caller));
  }

  private static String nameError(Result<SavedView> saved, Texts t) {
    return saved.errors().stream()
            .map(Rejection::code)
            .anyMatch(code -> code == ErrorCode.INVALID_VALUE)
        ? t.format("views.nameTooLong", SavedView.MAX_NAME_LENGTH)
        : t.get("views.nameRequired");
  }

  private static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
