package dev.taiwa.service.console;

import dev.taiwa.cases.catalogue.NewRevision;
import dev.taiwa.cases.catalogue.NewTechnology;
import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.catalogue.application.CatalogueCommands;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.service.importing.TechnologyRevisionFile;
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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The technology list's revisions at {@code /admin/catalogue}: a new revision typed into the form
 * (one technology a line) or uploaded as the JSON file {@code taiwa catalogue add} takes, both
 * through {@link CatalogueCommands#addRevision} (ADMIN only, audited, every problem listed).
 */
@Controller(ConsolePaths.ADMIN_CATALOGUE)
@Secured(SecurityRule.IS_ANONYMOUS)
final class CatalogueController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
  private static final Set<String> FIELDS =
      Set.of("id", "noticeReference", "effectiveDate", "note", "items");

  private final CatalogueCommands commands;
  private final TechnologyRevisions revisions;
  private final SignedInReader signedIn;

  CatalogueController(
      CatalogueCommands commands, TechnologyRevisions revisions, SignedInReader signedIn) {
    this.commands = commands;
    this.revisions = revisions;
    this.signedIn = signedIn;
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> show(HttpRequest<?> request, @QueryValue @Nullable String done) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    return page(caller, HttpStatus.OK, Typed.none(), List.of(), "stored".equals(done));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> add(HttpRequest<?> request, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    List<NewTechnology> items =
        RevisionLines.cells(form.get("items")).stream()
            .map(
                line ->
                    new NewTechnology(
                        RevisionLines.cell(line, 0),
                        RevisionLines.cell(line, 1),
                        RevisionLines.cell(line, 2),
                        RevisionLines.cell(line, 3),
                        RevisionLines.cell(line, 4)))
            .toList();
    NewRevision draft =
        new NewRevision(
            ConsoleForms.text(form, "id"),
            ConsoleForms.text(form, "noticeReference"),
            ConsoleForms.text(form, "effectiveDate"),
            ConsoleForms.text(form, "note"),
            items);
    Result<TechnologyRevision> result = commands.addRevision(caller.actor(), draft);
    if (result.accepted()) {
      return RevisionAnswers.stored(ConsolePaths.ADMIN_CATALOGUE);
    }
    Typed typed =
        RevisionLines.refused(form, FIELDS::contains, "items", result.errors(), caller.texts());
    return refused(caller, result.errors(), typed, List.of());
  }

  @Post(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> upload(
      HttpRequest<?> request,
      @Part("csrf") @Nullable String csrf,
      @Part("file") @Nullable CompletedFileUpload file) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleSessions.sameToken(caller.session().csrfToken(), csrf)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Texts t = caller.texts();
    if (!commands.mayAddRevision(caller.actor())) {
      // The use case refuses it (and audits the refusal) without the file being read.
      Result<TechnologyRevision> refused =
          commands.addRevision(caller.actor(), new NewRevision(null, null, null, null, List.of()));
      return refused(caller, refused.errors(), Typed.none(), List.of());
    }
    Optional<String> text = RevisionAnswers.text(file);
    if (text.isEmpty()) {
      return refused(caller, List.of(), Typed.none(), List.of(t.get("admin.revision.noFile")));
    }
    NewRevision draft;
    try {
      draft = TechnologyRevisionFile.read(RevisionAnswers.name(file), text.get());
    } catch (UnreadableFile e) {
      return refused(caller, List.of(), Typed.none(), List.of(e.getMessage()));
    }
    Result<TechnologyRevision> result = commands.addRevision(caller.actor(), draft);
    if (result.accepted()) {
      return RevisionAnswers.stored(ConsolePaths.ADMIN_CATALOGUE);
    }
    return refused(caller, result.errors(), Typed.none(), RevisionLines.ofFile(result.errors(), t));
  }

  private HttpResponse<?> refused(
      ConsoleRequest caller, List<Rejection> errors, Typed typed, List<String> uploadProblems) {
    if (RevisionAnswers.forbidden(errors)) {
      return ConsoleAnswers.forbidden(signedIn.of(caller));
    }
    return page(caller, HttpStatus.UNPROCESSABLE_ENTITY, typed, uploadProblems, false);
  }

  private HttpResponse<?> page(
      ConsoleRequest caller,
      HttpStatus status,
      Typed typed,
      List<String> uploadProblems,
      boolean stored) {
    SignedIn header = signedIn.of(caller);
    if (!commands.mayAddRevision(caller.actor())) {
      return ConsoleAnswers.forbidden(header);
    }
    Texts t = caller.texts();
    List<TechnologyRevision> all =
        revisions.all().stream()
            .sorted(Comparator.comparing(TechnologyRevision::effectiveDate))
            .toList();
    String current =
        all.isEmpty()
            ? ""
            : all.get(all.size() - 1).items().stream()
                .map(CatalogueController::line)
                .collect(Collectors.joining("\n"));
    List<RevisionPage.Field> fields =
        List.of(
            field(t, "id", false, true, ""),
            field(t, "noticeReference", false, true, ""),
            field(t, "effectiveDate", false, true, ""),
            field(t, "note", false, false, ""),
            field(t, "items", true, true, current));
    List<RevisionPage.Revision> listed =
        all.stream()
            .sorted(Comparator.comparing(TechnologyRevision::effectiveDate).reversed())
            .map(
                r ->
                    new RevisionPage.Revision(
                        t.format(
                            "admin.catalogue.revision",
                            r.id(),
                            r.effectiveDate(),
                            r.noticeReference()),
                        r.items().stream().map(CatalogueController::line).toList()))
            .toList();
    RevisionPage page =
        new RevisionPage(
            header,
            t.get("admin.catalogue.title"),
            ConsolePaths.ADMIN_CATALOGUE,
            t.get("admin.catalogue.fileHint"),
            fields,
            listed,
            typed,
            uploadProblems,
            stored ? t.get("admin.revision.stored") : "");
    return RevisionAnswers.page(page, status);
  }

  private static RevisionPage.Field field(
      Texts t, String name, boolean area, boolean required, String initial) {
    return RevisionPage.Field.of(t, "admin.catalogue", name, area, required, initial);
  }

  /** A technology as a line of the form: number | Japanese | English | status | from. */
  private static String line(Technology item) {
    return item.number()
        + " | "
        + item.nameJa()
        + " | "
        + item.nameEn()
        + " | "
        + item.status().name()
        + " | "
        + (item.effectiveFrom() == null ? "" : item.effectiveFrom());
  }
}
