package dev.taiwa.service.console;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.application.NonSendingNoticeCommands;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.PatentTrackDeadline;
import dev.taiwa.cases.patent.application.ScreeningWorkbench;
import dev.taiwa.cases.patent.application.ScreeningWorkbenchQuery;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.compensation.application.CompensationView;
import dev.taiwa.cases.patent.compensation.model.CompensationAction;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.ForeignFilingGate;
import dev.taiwa.cases.patent.model.IpcCode;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import dev.taiwa.cases.secrecy.Disclosure;
import dev.taiwa.cases.secrecy.WithheldFields;
import dev.taiwa.cases.secrecy.Withheldable;
import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a patent application's page from the use cases the GraphQL API calls, as the caller: the
 * application as {@code patentApplication} with its content asked for (a secret read is audited
 * there), each further part only where {@link WithheldFields} shows the API's field of the same
 * name, the review records through the same need-to-know read as {@code reviewRecords}, the
 * workbench as {@code screeningWorkbench}. A withheld application shows the API's skeleton.
 */
@Singleton
final class PatentPages {
  private final PatentQueries queries;
  private final PatentReviewQueries review;
  private final ScreeningWorkbenchQuery workbench;
  private final CompensationQueries compensation;
  private final Organisations organisations;
  private final UserAccounts users;
  private final PatentWorks works;
  private final DocumentQueries documents;
  private final PatentGrants grants;
  private final NonSendingNoticeCommands nonSending;

  PatentPages(
      PatentQueries queries,
      PatentReviewQueries review,
      ScreeningWorkbenchQuery workbench,
      CompensationQueries compensation,
      Organisations organisations,
      UserAccounts users,
      PatentWorks works,
      DocumentQueries documents,
      PatentGrants grants,
      NonSendingNoticeCommands nonSending) {
    this.queries = queries;
    this.review = review;
    this.workbench = workbench;
    this.compensation = compensation;
    this.organisations = organisations;
    this.users = users;
    this.works = works;
    this.documents = documents;
    this.grants = grants;
    this.nonSending = nonSending;
  }

  /** The page, or empty when the application is missing or hidden from the caller (the same). */
  Optional<PatentPage> of(Actor actor, CaseId id, SignedIn signedIn, Typed typed) {
    return queries.find(actor, id, true).map(view -> page(actor, view, signedIn, typed));
  }

  private PatentPage page(Actor actor, PatentApplicationView view, SignedIn signedIn, Typed typed) {
    Texts t = signedIn.t();
    PatentApplication a = view.application();
    Disclosure disclosure = view.disclosure();
    Shown shown = field -> WithheldFields.shows(disclosure, Withheldable.PATENT_APPLICATION, field);
    List<PatentTrackDeadline> deadlines =
        shown.test("trackDeadlines") ? review.deadlines(a) : List.of();
    List<ReviewRecord> records = shown.test("reviewRecords") ? review.records(actor, a) : List.of();
    Optional<NonSendingNotice> notice =
        shown.test("nonSendingNotice") ? nonSending.of(a.id()) : Optional.empty();
    PatentPage.Gate gate =
        shown.test("foreignFilingGate") ? gate(review.foreignFilingGate(a), t) : null;
    List<CasePage.Fact> designation =
        shown.test("designation")
            ? review.designation(a).map(term -> designation(term, t)).orElse(List.of())
            : List.of();
    List<PatentPage.ClaimRow> claims =
        shown.test("compensationClaims")
            ? compensation.ofApplications(actor, List.of(a.id())).get(a.id()).stream()
                .map(c -> claim(actor, c, t))
                .toList()
            : List.of();
    List<CaseWork.DocumentLink> issued =
        shown.test("documents")
            ? documents.documentsOf(actor, a.id()).stream().map(CaseWorks::document).toList()
            : List.of();
    return new PatentPage(
        signedIn,
        ConsolePaths.patentOf(a.id().value()),
        a.number().toString(),
        t.label(a.state()),
        disclosure.withheld(),
        a.version(),
        facts(view, shown, notice, t),
        workbench(actor, a, deadlines, t),
        gate,
        designation,
        deadlines.stream().map(d -> deadline(d, t)).toList(),
        records.stream().map(r -> record(r, records, t)).toList(),
        claims,
        issued,
        works.of(actor, a, records, notice, signedIn.csrfToken(), typed, t),
        grants.of(actor, a.id(), t));
  }

  /** Whether the API's field of this name is shown under the application's disclosure. */
  @FunctionalInterface
  private interface Shown {
    boolean test(String apiField);
  }

  private List<CasePage.Fact> facts(
      PatentApplicationView view, Shown shown, Optional<NonSendingNotice> notice, Texts t) {
    PatentApplication a = view.application();
    List<CasePage.Fact> facts = new ArrayList<>();
    facts.add(new CasePage.Fact(t.get("patent.fact.number"), a.number().toString()));
    facts.add(new CasePage.Fact(t.get("patent.fact.state"), t.label(a.state())));
    if (shown.test("filingDate")) {
      facts.add(
          new CasePage.Fact(t.get("patent.fact.filingDate"), ConsoleDates.date(a.filingDate())));
    }
    if (shown.test("applicants")) {
      facts.add(
          new CasePage.Fact(
              t.get("patent.fact.applicants"),
              a.applicants().stream()
                  .map(o -> organisations.find(o).map(Organisation::name).orElse(o.toString()))
                  .collect(Collectors.joining(t.get("case.fact.listSeparator")))));
    }
    view.content()
        .ifPresent(
            content -> {
              facts.add(new CasePage.Fact(t.get("patent.fact.title"), content.title()));
              facts.add(new CasePage.Fact(t.get("patent.fact.abstract"), content.abstractText()));
              facts.add(new CasePage.Fact(t.get("patent.fact.claims"), content.claims()));
            });
    if (shown.test("ipcCodes")) {
      facts.add(
          new CasePage.Fact(
              t.get("patent.fact.ipcCodes"),
              a.ipcCodes().stream().map(IpcCode::toString).collect(Collectors.joining(" / "))));
    }
    if (shown.test("screeningDue") && a.screeningDue() != null) {
      facts.add(
          new CasePage.Fact(
              t.get("patent.fact.screeningDue"), ConsoleDates.date(a.screeningDue())));
    }
    if (shown.test("matchedFields") && !a.matchedFields().isEmpty()) {
      facts.add(
          new CasePage.Fact(
              t.get("patent.fact.matchedFields"),
              a.matchedFields().stream()
                  .map(n -> t.format("patent.field", n))
                  .collect(Collectors.joining(t.get("case.fact.listSeparator")))));
    }
    if (shown.test("decisionReason") && a.decisionReason() != null) {
      facts.add(new CasePage.Fact(t.get("patent.fact.decisionReason"), a.decisionReason()));
    }
    notice.ifPresent(
        n ->
            facts.add(
                new CasePage.Fact(
                    t.get("patent.fact.nonSending"),
                    n.issued()
                        ? t.format("patent.nonSending.issued", ConsoleDates.date(n.issuedOn()))
                        : t.format(
                            "patent.nonSending.requested",
                            ConsoleDates.dateTime(n.requestedAt())))));
    if (shown.test("assignedExaminerId")) {
      facts.add(
          new CasePage.Fact(
              t.get("patent.fact.examiner"),
              users
                  .find(a.assignedExaminer())
                  .map(UserAccount::displayName)
                  .orElse(a.assignedExaminer().toString())));
    }
    return facts;
  }

  /** The workbench of an examiner, as {@code screeningWorkbench} answers it; else null. */
  private PatentPage.Workbench workbench(
      Actor actor, PatentApplication a, List<PatentTrackDeadline> deadlines, Texts t) {
    if (!actor.has(Role.PATENT_EXAMINER)) {
      return null;
    }
    Optional<ScreeningWorkbench> opened = workbench.open(actor, a.id()).value();
    if (opened.isEmpty() || opened.get().disclosure().withheld()) {
      return null;
    }
    ScreeningWorkbench bench = opened.get();
    boolean english = t.language() == ConsoleLanguage.EN;
    List<PatentPage.Candidate> candidates =
        bench.candidates().stream()
            .map(
                c ->
                    new PatentPage.Candidate(
                        c.field().number(),
                        english ? c.field().nameEn() : c.field().nameJa(),
                        c.field().codesMatching(a.ipcCodes()).stream()
                            .map(IpcCode::toString)
                            .collect(Collectors.joining(" / ")),
                        c.field().additionalRequirement(),
                        c.qualifies()))
            .toList();
    AdditionalRequirementFacts facts = a.additionalFacts();
    List<String> met = new ArrayList<>();
    if (facts.defencePurpose()) {
      met.add(t.get("patent.additional.defence"));
    }
    if (facts.stateOrNationalAgencyApplicant()) {
      met.add(t.get("patent.additional.state"));
    }
    if (facts.commissionedResearch()) {
      met.add(t.get("patent.additional.commissioned"));
    }
    String explanation =
        deadlines.stream()
            .filter(d -> d.tracked().ruleName().equals(DeadlineRules.FIRST_SCREENING))
            .findFirst()
            .map(d -> english ? d.explanation() : d.explanationJa())
            .orElse("");
    return new PatentPage.Workbench(
        candidates,
        bench.note() == null ? "" : bench.note(),
        met,
        facts.met(),
        ConsoleDates.date(bench.screeningDue()),
        explanation);
  }

  static PatentPage.Gate gate(ForeignFilingGate gate, Texts t) {
    boolean english = t.language() == ConsoleLanguage.EN;
    return new PatentPage.Gate(
        gate.status() == ForeignFilingGate.Status.ALLOWED,
        t.label(gate.status()),
        english ? gate.reason() : gate.reasonJa(),
        ConsoleDates.date(gate.since()));
  }

  private static List<CasePage.Fact> designation(DesignationTerm term, Texts t) {
    List<CasePage.Fact> facts = new ArrayList<>();
    facts.add(
        new CasePage.Fact(t.get("patent.designation.on"), ConsoleDates.date(term.designatedOn())));
    facts.add(
        new CasePage.Fact(t.get("patent.designation.end"), ConsoleDates.date(term.periodEnd())));
    facts.add(
        new CasePage.Fact(
            t.get("patent.designation.extensions"), String.valueOf(term.extensions())));
    term.liftedOn()
        .ifPresent(
            d ->
                facts.add(
                    new CasePage.Fact(t.get("patent.designation.lifted"), ConsoleDates.date(d))));
    term.liftingNoticeDate()
        .ifPresent(
            d ->
                facts.add(
                    new CasePage.Fact(
                        t.get("patent.designation.liftingNotice"), ConsoleDates.date(d))));
    term.expiredOn()
        .ifPresent(
            d ->
                facts.add(
                    new CasePage.Fact(t.get("patent.designation.expired"), ConsoleDates.date(d))));
    return facts;
  }

  private static CasePage.DeadlineRow deadline(PatentTrackDeadline d, Texts t) {
    return new CasePage.DeadlineRow(
        d.tracked().subject(),
        ConsoleDates.date(d.deadline().due()),
        t.label(d.status()),
        t.language() == ConsoleLanguage.EN ? d.explanation() : d.explanationJa());
  }

  private static PatentPage.RecordRow record(ReviewRecord r, List<ReviewRecord> all, Texts t) {
    String answer =
        all.stream()
            .filter(other -> other.parent().filter(r.id()::equals).isPresent())
            .map(other -> t.label(other.kind()))
            .findFirst()
            .orElse("");
    String date = r.date().map(ConsoleDates::date).orElse("");
    String businesses =
        r.businesses().stream()
            .map(b -> b.name() + "（" + b.address() + "、" + b.role() + "）")
            .collect(Collectors.joining(t.get("case.fact.listSeparator")));
    return new PatentPage.RecordRow(
        r.id().toString(),
        t.label(r.kind()),
        ConsoleDates.dateTime(r.recordedAt()),
        date,
        businesses.isEmpty() ? r.text() : r.text() + " " + businesses,
        answer);
  }

  private PatentPage.ClaimRow claim(Actor actor, CompensationView view, Texts t) {
    var claim = view.claim();
    Set<CompensationAction> actions = compensation.availableActions(actor, claim);
    String decision =
        claim.decision() == null
            ? ""
            : yen(claim.decision().amountYen(), t)
                + t.get("text.colon")
                + claim.decision().reason()
                + t.get("text.open")
                + ConsoleDates.dateTime(claim.decision().decidedAt())
                + t.get("text.close");
    return new PatentPage.ClaimRow(
        claim.id().toString(),
        claim.version(),
        yen(claim.amountYen(), t),
        t.label(claim.cause()),
        claim.basis(),
        t.label(claim.state()),
        ConsoleDates.dateTime(claim.claimedAt()),
        view.notes().stream()
            .map(n -> ConsoleDates.dateTime(n.writtenAt()) + " " + n.text())
            .toList(),
        decision,
        actions.contains(CompensationAction.ADD_ASSESSMENT_NOTE),
        actions.contains(CompensationAction.DECIDE));
  }

  private static String yen(long amount, Texts t) {
    return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + t.get("patent.yen");
  }

  /** Whether a deadline still runs. */
  static boolean open(TrackedStatus status) {
    return status == TrackedStatus.OPEN
        || status == TrackedStatus.DUE_SOON
        || status == TrackedStatus.OVERDUE;
  }
}
