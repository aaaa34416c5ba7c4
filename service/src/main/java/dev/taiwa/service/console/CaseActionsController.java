package dev.taiwa.service.console;

import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.dialogue.application.CompanyQueryCommands;
import dev.taiwa.cases.dialogue.application.DialogueCommands;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.MeetingPlan;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.document.application.DocumentCommands;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.inform.application.InformCommands;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.outcome.application.CaseConclusions;
import dev.taiwa.cases.outcome.model.LicenceDecision;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every form of a case page posts here, to {@code /cases/{id}/{action}}: the dialogue officer's
 * actions (assign, review, meetings, concerns, queries, inform, licence decision, outcomes,
 * notices) and the company's (answers, licence application). Each calls the use case the GraphQL
 * mutation of the same name calls, as the signed-in user, so every rule applies unchanged. A form
 * without the session's token is refused (403) and changes nothing; an accepted one goes back to
 * the case page (303); a refused one shows the case page again with what was typed and each reason
 * next to its field, and after a CONFLICT also what changed since the page was read.
 */
@Controller(ConsolePaths.CASES)
@Secured(SecurityRule.IS_ANONYMOUS)
final class CaseActionsController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final CaseRendering rendering;
  private final PreReportCommands preReports;
  private final CaseAssignment assignment;
  private final DialogueCommands dialogue;
  private final CompanyQueryCommands queries;
  private final InformCommands informs;
  private final CaseConclusions conclusions;
  private final DocumentCommands documents;
  private final Map<String, FormAction> actions;

  CaseActionsController(
      CaseRendering rendering,
      PreReportCommands preReports,
      CaseAssignment assignment,
      DialogueCommands dialogue,
      CompanyQueryCommands queries,
      InformCommands informs,
      CaseConclusions conclusions,
      DocumentCommands documents) {
    this.rendering = rendering;
    this.preReports = preReports;
    this.assignment = assignment;
    this.dialogue = dialogue;
    this.queries = queries;
    this.informs = informs;
    this.conclusions = conclusions;
    this.documents = documents;
    this.actions = actions();
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
    Optional<FormAction> known = Optional.ofNullable(actions.get(action));
    if (caseId.isEmpty() || known.isEmpty()) {
      return rendering.notFound(caller);
    }
    Actor actor = caller.actor();
    Result<?> result = known.get().run().apply(new FormAction.Posted(actor, caseId.get(), form));
    if (result.accepted()) {
      return HttpResponse.seeOther(
          URI.create(ConsolePaths.caseOf(caseId.get().value()) + "#" + known.get().anchor()));
    }
    String formName = form.containsKey("item") ? action + "/" + form.get("item") : action;
    Typed typed =
        ConsoleForms.refused(formName, form, known.get().fields(), result.errors(), caller.texts());
    if (ConsoleForms.conflict(result.errors())) {
      Long seen = ConsoleForms.number(form, "seen");
      List<String> messages = new ArrayList<>(typed.messages());
      if (seen != null) {
        messages.addAll(rendering.changesSince(actor, caseId.get(), seen, caller.texts()));
      }
      typed = new Typed(typed.form(), typed.values(), typed.errors(), messages);
    }
    HttpStatus status = status(result.errors());
    return rendering.casePage(caller, caseId.get(), typed, status);
  }

  private static HttpStatus status(List<Rejection> errors) {
    if (ConsoleForms.conflict(errors)) {
      return HttpStatus.CONFLICT;
    }
    if (errors.stream().anyMatch(r -> r.code() == ErrorCode.FORBIDDEN)) {
      return HttpStatus.FORBIDDEN;
    }
    return HttpStatus.UNPROCESSABLE_ENTITY;
  }

  private Map<String, FormAction> actions() {
    Map<String, FormAction> actions = new LinkedHashMap<>();
    actions.put(
        "allocate",
        new FormAction(
            p -> assignment.allocateToMe(p.actor(), p.caseId(), p.version()), Set.of(), "work"));
    actions.put(
        "start-review",
        new FormAction(
            p -> preReports.startReview(p.actor(), p.caseId(), p.version()), Set.of(), "work"));
    actions.put(
        "schedule-meeting",
        new FormAction(
            p ->
                dialogue.scheduleMeeting(
                    p.actor(),
                    p.caseId(),
                    new MeetingPlan(
                        ConsoleForms.tokyoTime(p.form(), "startsAt"),
                        p.text("place"),
                        p.text("online"),
                        List.of(),
                        List.of(),
                        notes(p.form(), "agendaVisible", "agendaInternal"))),
            Set.of("startsAt", "place", "online", "agendaVisible", "agendaInternal"),
            "work-meetings"));
    actions.put(
        "reschedule-meeting",
        new FormAction(
            p ->
                dialogue.rescheduleMeeting(
                    p.actor(),
                    p.item(),
                    p.version(),
                    ConsoleForms.tokyoTime(p.form(), "startsAt"),
                    p.text("reason")),
            Set.of("startsAt", "reason"),
            "work-meetings"));
    actions.put(
        "cancel-meeting",
        new FormAction(
            p -> dialogue.cancelMeeting(p.actor(), p.item(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work-meetings"));
    actions.put(
        "record-meeting",
        new FormAction(
            p ->
                dialogue.recordMeetingHeld(
                    p.actor(),
                    p.item(),
                    p.version(),
                    notes(p.form(), "minutesVisible", "minutesInternal"),
                    List.of()),
            Set.of("minutesVisible", "minutesInternal"),
            "work-meetings"));
    actions.put(
        "raise-concern",
        new FormAction(
            p ->
                dialogue.raiseConcern(
                    p.actor(),
                    p.caseId(),
                    ConsoleForms.choice(p.form(), "category", ConcernCategory.class),
                    ConsoleForms.choice(p.form(), "severity", Severity.class),
                    p.text("description"),
                    p.text("concernInformation")),
            Set.of("category", "severity", "description", "concernInformation"),
            "work-concerns"));
    actions.put(
        "answer-concern",
        new FormAction(
            p ->
                dialogue.answerConcern(
                    p.actor(),
                    p.item(),
                    p.version(),
                    p.text("text"),
                    ConsoleForms.date(p.form(), "dueDate")),
            Set.of("text", "dueDate"),
            "work-concerns"));
    actions.put(
        "resolve-concern",
        new FormAction(
            p -> dialogue.resolveConcern(p.actor(), p.item(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work-concerns"));
    actions.put(
        "unresolve-concern",
        new FormAction(
            p -> dialogue.markConcernUnresolved(p.actor(), p.item(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work-concerns"));
    actions.put(
        "ask-query",
        new FormAction(
            p ->
                queries.ask(
                    p.actor(),
                    p.caseId(),
                    p.text("question"),
                    ConsoleForms.integer(p.form(), "replyDays")),
            Set.of("question", "replyDays"),
            "work-queries"));
    actions.put(
        "answer-query",
        new FormAction(
            p -> queries.answer(p.actor(), p.item(), p.version(), p.text("text"), List.of()),
            Set.of("text"),
            "work-queries"));
    actions.put(
        "withdraw-query",
        new FormAction(
            p -> queries.withdraw(p.actor(), p.item(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work-queries"));
    actions.put(
        "issue-inform",
        new FormAction(
            p ->
                informs.issue(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    ConsoleForms.choice(p.form(), "route", InformRoute.class),
                    cited(p.form()),
                    ConsoleForms.lines(p.form(), "proposedConditions"),
                    p.text("summary")),
            Set.of("route", "citedConcerns", "proposedConditions", "summary"),
            "work-inform"));
    actions.put(
        "apply-licence",
        new FormAction(
            p ->
                informs.applyForLicence(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    p.text("companyReference"),
                    ConsoleForms.date(p.form(), "appliedOn"),
                    responses(p.form())),
            field ->
                Set.of("companyReference", "appliedOn", "responses").contains(field)
                    || field.startsWith("comment-"),
            "work-inform"));
    actions.put(
        "decide-licence",
        new FormAction(
            p -> {
              LicenceDecision decision =
                  ConsoleForms.choice(p.form(), "decision", LicenceDecision.class);
              if (decision == null) {
                return Result.refused(
                    Optional.empty(),
                    List.of(
                        Rejection.onField(ErrorCode.REQUIRED, "decision", "Choose a decision")));
              }
              return conclusions.decideLicence(
                  p.actor(),
                  p.caseId(),
                  p.version(),
                  decision,
                  ConsoleForms.lines(p.form(), "items"),
                  p.text("summary"));
            },
            Set.of("decision", "items", "conditions", "reasons", "summary"),
            "work-outcome"));
    actions.put(
        "close-no-concern",
        new FormAction(
            p -> conclusions.closeNoConcern(p.actor(), p.caseId(), p.version(), p.text("summary")),
            Set.of("summary"),
            "work-outcome"));
    actions.put(
        "close-measures",
        new FormAction(
            p ->
                conclusions.closeWithMeasuresAgreed(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    ConsoleForms.lines(p.form(), "measures"),
                    p.text("summary")),
            Set.of("measures", "summary"),
            "work-outcome"));
    actions.put(
        "not-reportable",
        new FormAction(
            p ->
                conclusions.markNotReportable(p.actor(), p.caseId(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work-outcome"));
    actions.put(
        "generate-document",
        new FormAction(
            p -> {
              DocumentKind kind = ConsoleForms.choice(p.form(), "kind", DocumentKind.class);
              if (kind == null) {
                return Result.refused(
                    Optional.empty(),
                    List.of(Rejection.onField(ErrorCode.REQUIRED, "kind", "Choose a document")));
              }
              return documents.generate(p.actor(), p.caseId(), kind);
            },
            Set.of("kind"),
            "work-documents"));
    return actions;
  }

  /** The company-visible lines of one text area, then the internal lines of the other. */
  private static List<Note> notes(Map<String, String> form, String visible, String internal) {
    List<Note> notes = new ArrayList<>();
    ConsoleForms.lines(form, visible)
        .forEach(line -> notes.add(new Note(line, Visibility.COMPANY_VISIBLE)));
    ConsoleForms.lines(form, internal)
        .forEach(line -> notes.add(new Note(line, Visibility.INTERNAL)));
    return notes;
  }

  /** The concerns ticked on an inform form: one {@code cite-<id>} box each. */
  private static List<UUID> cited(Map<String, String> form) {
    List<UUID> cited = new ArrayList<>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith("cite-")) {
            try {
              cited.add(UUID.fromString(name.substring("cite-".length())));
            } catch (IllegalArgumentException e) {
              // not a concern of this page: the use case sees only the ones that are ids
            }
          }
        });
    return cited;
  }

  /** The answer to each proposed condition: {@code accept-<n>} (yes/no), {@code comment-<n>}. */
  private static List<ConditionResponse> responses(Map<String, String> form) {
    List<ConditionResponse> responses = new ArrayList<>();
    for (int n = 0; form.containsKey("accept-" + n); n++) {
      responses.add(
          new ConditionResponse(
              n, "yes".equals(form.get("accept-" + n)), ConsoleForms.text(form, "comment-" + n)));
    }
    return responses;
  }
}
