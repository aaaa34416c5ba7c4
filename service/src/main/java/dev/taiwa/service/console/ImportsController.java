package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.service.importing.ImportFormat;
import dev.taiwa.service.importing.ImportJob;
import dev.taiwa.service.importing.ImportJobs;
import dev.taiwa.service.importing.SourceFile;
import dev.taiwa.service.importing.UnreadableFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk import of pre-reports at {@code /imports}, as {@code taiwa import prereports} does it and as
 * the signed-in account (a filer: drafts of its organisation, submitted when the row says so): the
 * uploaded CSV's dry run lists every bad row; running it imports in the background while the page
 * shows its progress ({@code /imports/{id}/progress}, polled by htmx). The jobs are rows ({@link
 * ImportJobs}): any node shows them, and any node may run a job another node checked. Someone the
 * use case may not let create pre-reports gets 403; another user's import is 404.
 */
@Controller(ConsolePaths.IMPORTS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class ImportsController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final ImportJobs jobs;
  private final SignedInReader signedIn;

  ImportsController(ImportJobs jobs, SignedInReader signedIn) {
    this.jobs = jobs;
    this.signedIn = signedIn;
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> list(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    return uploadPage(caller, HttpStatus.OK, null);
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> upload(
      HttpRequest<?> request,
      @Part("csrf") @Nullable String csrf,
      @Part("file") @Nullable CompletedFileUpload file) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleSessions.sameToken(caller.session().csrfToken(), csrf)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Actor actor = caller.actor();
    if (jobs.forbidden(actor).isPresent()) {
      return forbidden(caller);
    }
    if (file == null || file.getSize() == 0) {
      return uploadPage(
          caller, HttpStatus.UNPROCESSABLE_ENTITY, caller.texts().get("imports.noFile"));
    }
    SourceFile source;
    byte[] content;
    try {
      String name = RevisionAnswers.name(file);
      content = file.getBytes();
      source = SourceFile.read(name, content, ImportFormat.of(name));
    } catch (UnreadableFile e) {
      return uploadPage(caller, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<String> unusable = jobs.unusable(source);
    if (unusable.isPresent()) {
      return uploadPage(caller, HttpStatus.UNPROCESSABLE_ENTITY, unusable.get());
    }
    ImportJob job = jobs.check(actor, source, content);
    return HttpResponse.seeOther(URI.create(ConsolePaths.IMPORTS + "/" + job.id()));
  }

  @Get(value = "/{id}", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    return job(caller, id)
        .<HttpResponse<?>>map(
            job ->
                HttpResponse.ok(
                    new ModelAndView<>(
                        "console/importjob",
                        Map.of(
                            "page",
                            new ImportsPage(
                                signedIn.of(caller), null, job, jobs.findings(job), null)))))
        .orElseGet(() -> notFound(caller));
  }

  @Get(value = "/{id}/progress", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> progress(HttpRequest<?> request, @PathVariable String id) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Optional<ImportJob> job = job(caller, id);
    if (job.isEmpty()) {
      return ConsoleAnswers.notFound(signedIn.of(caller));
    }
    return HttpResponse.ok(
        new ModelAndView<>(
            "console/importprogress", Map.of("job", job.get(), "tx", caller.texts())));
  }

  @Post(value = "/{id}/run", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> run(
      HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Optional<ImportJob> job = job(caller, id);
    if (job.isEmpty()) {
      return notFound(caller);
    }
    // A second press of the button (or a reload) shows the run that is under way.
    jobs.start(job.get(), caller.actor());
    return HttpResponse.seeOther(URI.create(ConsolePaths.IMPORTS + "/" + job.get().id()));
  }

  private Optional<ImportJob> job(ConsoleRequest caller, String id) {
    return Optional.ofNullable(ConsoleForms.uuid(id))
        .flatMap(job -> jobs.find(caller.actor(), job));
  }

  private HttpResponse<?> uploadPage(ConsoleRequest caller, HttpStatus status, String problem) {
    if (jobs.forbidden(caller.actor()).isPresent()) {
      return forbidden(caller);
    }
    ImportsPage page =
        new ImportsPage(signedIn.of(caller), jobs.of(caller.actor()), null, null, problem);
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console/imports", Map.of("page", page)));
  }

  private HttpResponse<?> forbidden(ConsoleRequest caller) {
    return ConsoleAnswers.forbidden(signedIn.of(caller));
  }

  private HttpResponse<?> notFound(ConsoleRequest caller) {
    return ConsoleAnswers.notFound(signedIn.of(caller));
  }
}
