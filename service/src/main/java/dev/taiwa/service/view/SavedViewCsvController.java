package dev.taiwa.service.view;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.view.SavedView;
import dev.taiwa.cases.view.SavedViewUseCases;
import dev.taiwa.service.security.ActorResolver;
import dev.taiwa.service.web.ClientError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /views/{id}.csv} with the bearer token: the saved view's reports as CSV ({@link
 * SavedViewCsv}), within what the caller may see. A view the caller may not see answers 404
 * NOT_FOUND, exactly like a missing one.
 */
@Controller("/views")
final class SavedViewCsvController {
  private final SavedViewUseCases views;
  private final SavedViewCsv csv;
  private final ActorResolver actors;

  SavedViewCsvController(SavedViewUseCases views, SavedViewCsv csv, ActorResolver actors) {
    this.views = views;
    this.csv = csv;
    this.actors = actors;
  }

  @Get(
      uri = "/{file}",
      produces = {SavedViewCsv.TEXT_CSV, MediaType.APPLICATION_JSON})
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> download(String file, Authentication authentication) {
    Optional<Actor> actor = actors.resolve(authentication);
    if (actor.isEmpty()) {
      return ClientError.unauthenticated();
    }
    Optional<SavedView> view = viewId(file).flatMap(id -> views.find(actor.get(), id));
    if (view.isEmpty()) {
      return ClientError.forStatus(HttpStatus.NOT_FOUND).response();
    }
    return SavedViewCsv.attachment(csv.export(actor.get(), view.get()), view.get().id());
  }

  private static Optional<UUID> viewId(String file) {
    if (!file.endsWith(".csv")) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(file.substring(0, file.length() - ".csv".length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
