package dev.taiwa.service.console;

import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.application.ApplicabilityCheck;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.model.ApplicabilityAnswer;
import dev.taiwa.cases.prereport.model.ApplicabilityQuestion;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.LeadTime;
import dev.taiwa.cases.prereport.model.LeadTimePolicy;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.TransactionType;
import dev.taiwa.service.wiring.RulesConfiguration;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A new pre-report as one page ({@code /cases/new}): the company's filer fills in the form, and as
 * the technology, country and act are chosen the applicability check answers inline (htmx asks
 * {@code /cases/new/check}, a read without side effects) with the lead-time status for the planned
 * date. Submitting runs the use cases the API runs: {@link PreReportCommands#check} first (nothing
 * is written when the form would be refused, and the form comes back with each reason next to its
 * field), then {@code createDraft} and {@code submit}.
 */
@Controller(ConsolePaths.NEW_PRE_REPORT)
@Secured(SecurityRule.IS_ANONYMOUS)
final class NewPreReportController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
  private static final Set<String> FIELDS = PreReportForm.fieldPaths();

  private final PreReportCommands commands;
  private final ApplicabilityCheck applicability;
  private final TechnologyCatalogue catalogue;
  private final LeadTimePolicy leadTime;
  private final SignedInReader signedIn;
  private final Clock clock;

  NewPreReportController(
      PreReportCommands commands,
      ApplicabilityCheck applicability,
      TechnologyCatalogue catalogue,
      RulesConfiguration rules,
      SignedInReader signedIn,
      Clock clock) {
    this.commands = commands;
    this.applicability = applicability;
    this.catalogue = catalogue;
    this.leadTime = new LeadTimePolicy(rules.preReportRules());
    this.signedIn = signedIn;
    this.clock = clock;
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> form(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    boolean mayFile = mayFile(caller.actor());
    return page(
        caller, mayFile ? HttpStatus.OK : HttpStatus.FORBIDDEN, mayFile, Typed.none(), Map.of());
  }

  @Get(value = "/check", produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> check(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    Map<String, String> form = new HashMap<>();
    for (String name : request.getParameters().names()) {
      form.put(name, request.getParameters().get(name));
    }
    return HttpResponse.ok(
        new ModelAndView<>(
            "console/applicability",
            Map.of("check", check(form, caller.texts()), "tx", caller.texts())));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> submit(HttpRequest<?> request, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Actor actor = caller.actor();
    PreReportForm report = form(form);
    List<Rejection> problems = commands.check(actor, report, true);
    if (!problems.isEmpty()) {
      return refused(caller, form, problems);
    }
    Result<PreReport> draft = commands.createDraft(actor, report);
    if (!draft.accepted() || draft.value().isEmpty()) {
      return refused(caller, form, draft.errors());
    }
    PreReport created = draft.value().get();
    Result<PreReport> submitted = commands.submit(actor, created.id(), created.version());
    // Refused now only if the day turned between the check and the submission: the draft is kept
    // and its page says what remains.
    return HttpResponse.seeOther(
        URI.create(
            ConsolePaths.caseOf(created.id().value()) + (submitted.accepted() ? "" : "#report")));
  }

  private HttpResponse<?> refused(
      ConsoleRequest caller, Map<String, String> form, List<Rejection> problems) {
    boolean forbidden = problems.stream().anyMatch(p -> p.code() == ErrorCode.FORBIDDEN);
    return page(
        caller,
        forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY,
        !forbidden,
        ConsoleForms.refused("new", form, FIELDS::contains, problems, caller.texts()),
        form);
  }

  private HttpResponse<?> page(
      ConsoleRequest caller,
      HttpStatus status,
      boolean mayFile,
      Typed typed,
      Map<String, String> form) {
    LocalDate today = JapanTime.today(clock);
    List<CaseWork.Choice> technologies =
        catalogue.asOf(today).stream()
            .map(
                t ->
                    new CaseWork.Choice(
                        Integer.toString(t.number()),
                        caller.texts().format("home.technology", t.number())
                            + " "
                            + (caller.texts().language() == ConsoleLanguage.EN
                                ? t.nameEn()
                                : t.nameJa())))
            .toList();
    NewPreReportPage page =
        new NewPreReportPage(
            signedIn.of(caller), mayFile, technologies, typed, check(form, caller.texts()));
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console/newprereport", Map.of("page", page)));
  }

  private boolean mayFile(Actor actor) {
    return commands.check(actor, PreReportForm.empty(), false).stream()
        .noneMatch(p -> p.code() == ErrorCode.FORBIDDEN);
  }

  /** The applicability answer and the lead-time status for what the form holds so far. */
  private NewPreReportPage.Check check(Map<String, String> form, Texts t) {
    LocalDate today = JapanTime.today(clock);
    Integer technology = ConsoleForms.integer(form, "technologyNumbers");
    String country = country(form);
    TransactionType act = ConsoleForms.choice(form, "transactionType", TransactionType.class);
    String verdict = "";
    String code = "";
    List<String> reasons = List.of();
    if (technology != null || country != null || act != null) {
      ApplicabilityAnswer answer =
          applicability.check(
              new ApplicabilityQuestion(
                  technology == null ? List.of() : List.of(technology),
                  country,
                  act,
                  Set.of(),
                  today));
      verdict = WorkLabels.of(answer.verdict(), t);
      code = answer.verdict().name();
      reasons =
          answer.reasons().stream()
              .map(
                  r ->
                      t.format(
                          "check.reason",
                          WorkLabels.ofPoint(r.points(), t),
                          t.language() == ConsoleLanguage.EN ? r.message() : r.messageJa(),
                          r.legalReference()))
              .toList();
    }
    LocalDate planned = ConsoleForms.date(form, "plannedDate");
    String status = "";
    String why = "";
    if (planned != null) {
      LeadTime assessed =
          leadTime.assess(
              today, planned, ConsoleForms.choice(form, "plannedDateKind", PlannedDateKind.class));
      status = WorkLabels.of(assessed.status(), t);
      why = t.language() == ConsoleLanguage.EN ? assessed.explanation() : assessed.explanationJa();
    }
    return new NewPreReportPage.Check(verdict, code, reasons, status, why);
  }

  private static String country(Map<String, String> form) {
    String country = ConsoleForms.text(form, "counterparty.countryCode");
    return country == null ? null : country.toUpperCase(Locale.ROOT);
  }

  private static PreReportForm form(Map<String, String> form) {
    Integer technology = ConsoleForms.integer(form, "technologyNumbers");
    return new PreReportForm(
        new Contact(
            ConsoleForms.text(form, "contact.name"),
            ConsoleForms.text(form, "contact.department"),
            ConsoleForms.text(form, "contact.email"),
            ConsoleForms.text(form, "contact.phone")),
        technology == null ? List.of() : List.of(technology),
        ConsoleForms.choice(form, "transactionType", TransactionType.class),
        new Counterparty(
            ConsoleForms.text(form, "counterparty.nameOriginal"),
            ConsoleForms.text(form, "counterparty.nameRomanised"),
            country(form),
            ConsoleForms.choice(form, "counterparty.relationship", CounterpartyRelationship.class)),
        ConsoleForms.date(form, "plannedDate"),
        ConsoleForms.choice(form, "plannedDateKind", PlannedDateKind.class),
        ConsoleForms.text(form, "technologyDescription"),
        ConsoleForms.text(form, "managementMeasures"),
        ConsoleForms.text(form, "lateExplanation"));
  }
}
