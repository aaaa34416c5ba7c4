package dev.taiwa.service.console;

import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.audit.CompanyTimelinePolicy;
import dev.taiwa.cases.audit.TimelineEntry;
import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.Answer;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.LeadTime;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.screening.application.CaseScreeningCommands;
import dev.taiwa.cases.screening.application.ScreeningListCommands;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.StoredHit;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds a case page from the use cases the GraphQL API calls (the same beans), as the caller: a
 * case the caller may not see is not found, whatever the reason.
 */
@Singleton
final class CasePages {
  private final PreReportQueries preReports;
  private final DialogueQueries dialogue;
  private final DeadlineQueries deadlineQueries;
  private final CaseTimeline timelines;
  private final CaseScreeningCommands screenings;
  private final ScreeningListCommands lists;

  CasePages(
      PreReportQueries preReports,
      DialogueQueries dialogue,
      DeadlineQueries deadlines,
      CaseTimeline timelines,
      CaseScreeningCommands screenings,
      ScreeningListCommands lists) {
    this.preReports = preReports;
    this.dialogue = dialogue;
    this.deadlineQueries = deadlines;
    this.timelines = timelines;
    this.screenings = screenings;
    this.lists = lists;
  }

  /** Officials read a hit's disposition; the company only the published match. */
  private static final CompanyTimelinePolicy OFFICIAL_VIEW = new CompanyTimelinePolicy();

  Optional<CasePage> of(Actor actor, CaseId id, SignedIn signedIn) {
    return preReports.find(actor, id).map(report -> page(actor, report, signedIn));
  }

  private CasePage page(Actor actor, PreReport report, SignedIn signedIn) {
    Texts t = signedIn.t();
    List<PreReport> one = List.of(report);
    List<CasePage.MeetingView> meetings =
        dialogue.meetingsOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(m -> meeting(m, t))
            .toList();
    List<CasePage.ConcernView> concerns =
        dialogue.concernsOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(c -> concern(c, t))
            .toList();
    List<CasePage.QueryView> queries =
        dialogue.queriesOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(q -> query(q, t))
            .toList();
    List<CasePage.DeadlineRow> deadlines =
        deadlineQueries
            .ofCases(actor, List.of(report.id()))
            .getOrDefault(report.id(), List.of())
            .stream()
            .map(d -> deadline(d, t))
            .toList();
    List<StoredHit> hits = screenings.ofPreReport(actor, report);
    Map<ListVersionId, ListVersionSummary> versions =
        hits.isEmpty()
            ? Map.of()
            : lists.versions().stream()
                .collect(Collectors.toMap(ListVersionSummary::id, v -> v, (a, b) -> a));
    List<CasePage.HitRow> screening =
        hits.stream()
            .map(
                h ->
                    hit(
                        h,
                        versions.get(h.hit().listVersion()),
                        OFFICIAL_VIEW.readsAsOfficial(actor),
                        t))
            .toList();
    List<CasePage.TimelineRow> timeline =
        timelines.of(actor, report.id()).value().orElse(List.of()).stream()
            .map(e -> timelineRow(e, t))
            .toList();
    return new CasePage(
        signedIn,
        report.reference().toString(),
        t.label(report.state()),
        facts(report, t),
        meetings,
        concerns,
        queries,
        deadlines,
        screening,
        timeline);
  }

  /** A hit as the caller may see it: the use case gives the company no disposition. */
  private static CasePage.HitRow hit(
      StoredHit stored, ListVersionSummary version, boolean official, Texts t) {
    ScreeningHit hit = stored.hit();
    boolean english = t.language() == ConsoleLanguage.EN;
    String list =
        (english ? hit.source().label().en() : hit.source().label().ja())
            + (version == null ? "" : " " + ConsoleDates.date(version.publishedOn()));
    String disposition =
        stored
            .disposed()
            .map(
                d ->
                    t.get("screening.verdict." + d.verdict().name())
                        + t.get("text.colon")
                        + d.reason()
                        + (d.carried() ? t.get("screening.carried") : ""))
            .orElse(t.get("screening.unreviewed"));
    return new CasePage.HitRow(
        list,
        hit.entry().ref() + " " + hit.entry().name(),
        hit.subjectName() + " ≈ " + hit.entryName(),
        String.format(java.util.Locale.ROOT, "%.3f", hit.score()),
        official ? disposition : null);
  }

  private static List<CasePage.Fact> facts(PreReport report, Texts t) {
    PreReportForm form = report.form();
    List<CasePage.Fact> facts = new ArrayList<>();
    facts.add(new CasePage.Fact(t.get("case.fact.reference"), report.reference().toString()));
    facts.add(new CasePage.Fact(t.get("case.fact.state"), t.label(report.state())));
    if (form.technologyNumbers() != null) {
      facts.add(
          new CasePage.Fact(
              t.get("case.fact.technologies"),
              form.technologyNumbers().stream()
                  .map(number -> t.format("home.technology", number))
                  .collect(Collectors.joining(t.get("case.fact.listSeparator")))));
    }
    if (form.transactionType() != null) {
      facts.add(new CasePage.Fact(t.get("case.fact.act"), t.label(form.transactionType())));
    }
    if (form.counterparty() != null) {
      facts.add(
          new CasePage.Fact(
              t.get("case.fact.counterparty"),
              HomePages.nonNull(form.counterparty().nameOriginal())
                  + " / "
                  + HomePages.nonNull(form.counterparty().nameRomanised())));
      facts.add(
          new CasePage.Fact(
              t.get("case.fact.country"), HomePages.nonNull(form.counterparty().countryCode())));
    }
    facts.add(
        new CasePage.Fact(t.get("case.fact.plannedDate"), ConsoleDates.date(form.plannedDate())));
    facts.add(
        new CasePage.Fact(
            t.get("case.fact.description"), HomePages.nonNull(form.technologyDescription())));
    facts.add(
        new CasePage.Fact(
            t.get("case.fact.measures"), HomePages.nonNull(form.managementMeasures())));
    if (form.contact() != null) {
      String department = HomePages.nonNull(form.contact().department());
      facts.add(
          new CasePage.Fact(
              t.get("case.fact.contact"),
              HomePages.nonNull(form.contact().name())
                  + (department.isEmpty()
                      ? ""
                      : t.get("text.open") + department + t.get("text.close"))));
    }
    facts.add(
        new CasePage.Fact(
            t.get("case.fact.submittedAt"), ConsoleDates.dateTime(report.submittedAt())));
    if (report.leadTime() != null) {
      LeadTime leadTime = report.leadTime();
      facts.add(
          new CasePage.Fact(
              t.get("case.fact.leadTime"),
              t.language() == ConsoleLanguage.EN || leadTime.explanationJa() == null
                  ? leadTime.explanation()
                  : leadTime.explanationJa()));
    }
    return facts;
  }

  private static CasePage.MeetingView meeting(Meeting meeting, Texts t) {
    List<CasePage.NoteView> notes = new ArrayList<>();
    for (Note note : meeting.agenda()) {
      notes.add(
          new CasePage.NoteView(t.get("case.agenda"), note.text(), t.label(note.visibility())));
    }
    for (Note note : meeting.minutes()) {
      notes.add(
          new CasePage.NoteView(t.get("case.minutes"), note.text(), t.label(note.visibility())));
    }
    return new CasePage.MeetingView(
        ConsoleDates.dateTime(meeting.startsAt()),
        HomePages.nonNull(meeting.place()),
        t.label(meeting.state()),
        notes);
  }

  private static CasePage.ConcernView concern(Concern concern, Texts t) {
    return new CasePage.ConcernView(
        t.label(concern.category()),
        t.label(concern.severity()),
        t.label(concern.state()),
        concern.description(),
        HomePages.nonNull(concern.concernInformation()),
        concern.answers().stream().map(a -> answer(a, t)).toList());
  }

  private static String answer(Answer answer, Texts t) {
    return answer.text()
        + (answer.dueDate() == null
            ? ""
            : t.format("case.answerDue", ConsoleDates.date(answer.dueDate())));
  }

  private static CasePage.QueryView query(CompanyQuery query, Texts t) {
    return new CasePage.QueryView(
        query.question(), ConsoleDates.date(query.replyDue()), t.label(query.state()));
  }

  private static CasePage.DeadlineRow deadline(DeadlineView view, Texts t) {
    return new CasePage.DeadlineRow(
        view.tracked().subject(),
        ConsoleDates.date(view.deadline().due()),
        t.label(view.status()),
        t.language() == ConsoleLanguage.EN
            ? view.deadline().explanation()
            : view.deadline().explanationJa());
  }

  private static CasePage.TimelineRow timelineRow(TimelineEntry entry, Texts t) {
    return new CasePage.TimelineRow(
        ConsoleDates.dateTime(entry.at()),
        t.language() == ConsoleLanguage.EN ? entry.labelEn() : entry.labelJa(),
        entry.actorLabel());
  }
}
