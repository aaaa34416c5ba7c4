package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.catalogue.IpcMapping;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevision;
import dev.taiwa.cases.patent.catalogue.NewIpcMappingRevision;
import dev.taiwa.cases.patent.catalogue.application.SpecifiedFieldRevisionCommands;
import dev.taiwa.service.importing.Drafted;
import dev.taiwa.service.importing.IpcMappingRevisionFile;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IPC mapping of the specified fields at {@code /admin/specified-fields}: a new revision typed
 * into the form (one field a line: {@code 3 | F41H; F42B 12/00 | source}) or uploaded as JSON in
 * the shape of the API's {@code SpecifiedFieldRevisionInput}, both through {@link
 * SpecifiedFieldRevisionCommands#record} as {@code recordSpecifiedFieldRevision}.
 */
@Controller(ConsolePaths.ADMIN_SPECIFIED_FIELDS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class SpecifiedFieldsController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
  private static final AccessMatrix MATRIX = AccessMatrix.standard();
  private static final Set<String> FIELDS = Set.of("effectiveFrom", "source", "mappings");

  private final SpecifiedFieldRevisionCommands commands;
  private final SignedInReader signedIn;

  SpecifiedFieldsController(SpecifiedFieldRevisionCommands commands, SignedInReader signedIn) {
    this.commands = commands;
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
  HttpResponse<?> record(HttpRequest<?> request, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    List<Rejection> unreadable = new ArrayList<>();
    List<List<String>> lines = RevisionLines.cells(form.get("mappings"));
    List<NewIpcMappingRevision.Mapping> mappings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<String> line = lines.get(i);
      String groups = RevisionLines.cell(line, 1);
      mappings.add(
          new NewIpcMappingRevision.Mapping(
              IpcMappingRevisionFile.number(
                  RevisionLines.cell(line, 0), "mappings[" + i + "].fieldNumber", unreadable),
              groups == null
                  ? List.of()
                  : Arrays.stream(groups.split("[;；]"))
                      .map(String::strip)
                      .filter(g -> !g.isEmpty())
                      .toList(),
              RevisionLines.cell(line, 2)));
    }
    Drafted<NewIpcMappingRevision> drafted =
        new Drafted<>(
            new NewIpcMappingRevision(
                IpcMappingRevisionFile.date(
                    ConsoleForms.text(form, "effectiveFrom"), "effectiveFrom", unreadable),
                ConsoleForms.text(form, "source"),
                mappings),
            unreadable);
    Result<IpcMappingRevision> result = commands.record(caller.actor(), drafted.draft());
    if (result.accepted()) {
      return RevisionAnswers.stored(ConsolePaths.ADMIN_SPECIFIED_FIELDS);
    }
    List<Rejection> problems = drafted.problems(result.errors());
    Typed typed =
        RevisionLines.refused(form, FIELDS::contains, "mappings", problems, caller.texts());
    return refused(caller, problems, typed, List.of());
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
    if (!MATRIX.allows(Operation.RECORD_SPECIFIED_FIELD_REVISION, caller.actor())) {
      // The use case would refuse it (and audit the refusal) just the same; the file is not read.
      Result<IpcMappingRevision> refused =
          commands.record(caller.actor(), new NewIpcMappingRevision(null, null, List.of()));
      return refused(caller, refused.errors(), Typed.none(), List.of());
    }
    Optional<String> text = RevisionAnswers.text(file);
    if (text.isEmpty()) {
      return refused(caller, List.of(), Typed.none(), List.of(t.get("admin.revision.noFile")));
    }
    Drafted<NewIpcMappingRevision> drafted;
    try {
      drafted = IpcMappingRevisionFile.read(RevisionAnswers.name(file), text.get());
    } catch (UnreadableFile e) {
      return refused(caller, List.of(), Typed.none(), List.of(e.getMessage()));
    }
    Result<IpcMappingRevision> result = commands.record(caller.actor(), drafted.draft());
    if (result.accepted()) {
      return RevisionAnswers.stored(ConsolePaths.ADMIN_SPECIFIED_FIELDS);
    }
    List<Rejection> problems = drafted.problems(result.errors());
    return refused(caller, problems, Typed.none(), RevisionLines.ofFile(problems, t));
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
    if (!MATRIX.allows(Operation.RECORD_SPECIFIED_FIELD_REVISION, caller.actor())) {
      return ConsoleAnswers.forbidden(header);
    }
    Texts t = caller.texts();
    List<IpcMappingRevision> recorded = commands.recorded();
    String current =
        recorded.isEmpty()
            ? ""
            : recorded.get(recorded.size() - 1).mappings().stream()
                .map(SpecifiedFieldsController::line)
                .collect(Collectors.joining("\n"));
    List<RevisionPage.Field> fields =
        List.of(
            field(t, "effectiveFrom", false, true, ""),
            field(t, "source", false, true, ""),
            field(t, "mappings", true, false, current));
    List<RevisionPage.Revision> listed = new ArrayList<>();
    for (int i = recorded.size() - 1; i >= 0; i--) {
      IpcMappingRevision r = recorded.get(i);
      listed.add(
          new RevisionPage.Revision(
              t.format(
                  "admin.specifiedFields.revision", r.effectiveFrom(), r.source(), r.recordedBy()),
              r.mappings().stream().map(SpecifiedFieldsController::line).toList()));
    }
    RevisionPage page =
        new RevisionPage(
            header,
            t.get("admin.specifiedFields.title"),
            ConsolePaths.ADMIN_SPECIFIED_FIELDS,
            t.get("admin.specifiedFields.fileHint"),
            fields,
            listed,
            typed,
            uploadProblems,
            stored ? t.get("admin.revision.stored") : "");
    return RevisionAnswers.page(page, status);
  }

  private static RevisionPage.Field field(
      Texts t, String name, boolean area, boolean required, String initial) {
    return RevisionPage.Field.of(t, "admin.specifiedFields", name, area, required, initial);
  }

  /** A mapping as a line of the form: field | groups | source. */
  private static String line(IpcMapping mapping) {
    return mapping.fieldNumber()
        + " | "
        + String.join("; ", mapping.ipcGroups())
        + " | "
        + mapping.source();
  }
}
