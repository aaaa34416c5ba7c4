package dev.taiwa.service.console;

import dev.taiwa.cases.audit.CaseTimeline;
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
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
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

  CasePages(
      PreReportQueries preReports,
      DialogueQueries dialogue,
      DeadlineQueries deadlines,
      CaseTimeline timelines) {
    this.preReports = preReports;
    this.dialogue = dialogue;
    this.deadlineQueries = deadlines;
    this.timelines = timelines;
  }

  Optional<CasePage> of(Actor actor, CaseId id, SignedIn signedIn) {
    return preReports.find(actor, id).map(report -> page(actor, report, signedIn));
  }

  private CasePage page(Actor actor, PreReport report, SignedIn signedIn) {
    List<PreReport> one = List.of(report);
    List<CasePage.MeetingView> meetings =
        dialogue.meetingsOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(CasePages::meeting)
            .toList();
    List<CasePage.ConcernView> concerns =
        dialogue.concernsOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(CasePages::concern)
            .toList();
    List<CasePage.QueryView> queries =
        dialogue.queriesOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(CasePages::query)
            .toList();
    List<CasePage.DeadlineRow> deadlines =
        deadlineQueries
            .ofCases(actor, List.of(report.id()))
            .getOrDefault(report.id(), List.of())
            .stream()
            .map(CasePages::deadline)
            .toList();
    List<CasePage.TimelineRow> timeline =
        timelines.of(actor, report.id()).value().orElse(List.of()).stream()
            .map(CasePages::timelineRow)
            .toList();
    return new CasePage(
        signedIn,
        report.reference().toString(),
        Labels.of(report.state()),
        facts(report),
        meetings,
        concerns,
        queries,
        deadlines,
        timeline);
  }

  private static List<CasePage.Fact> facts(PreReport report) {
    PreReportForm form = report.form();
    List<CasePage.Fact> facts = new ArrayList<>();
    facts.add(new CasePage.Fact("整理番号", report.reference().toString()));
    facts.add(new CasePage.Fact("状態", Labels.of(report.state())));
    if (form.technologyNumbers() != null) {
      facts.add(
          new CasePage.Fact(
              "対象技術",
              form.technologyNumbers().stream()
                  .map(number -> "第" + number + "号")
                  .collect(Collectors.joining("、"))));
    }
    if (form.transactionType() != null) {
      facts.add(new CasePage.Fact("取引の形態", Labels.of(form.transactionType())));
    }
    if (form.counterparty() != null) {
      facts.add(
          new CasePage.Fact(
              "取引相手",
              HomePages.nonNull(form.counterparty().nameOriginal())
                  + " / "
                  + HomePages.nonNull(form.counterparty().nameRomanised())));
      facts.add(new CasePage.Fact("国・地域", HomePages.nonNull(form.counterparty().countryCode())));
    }
    facts.add(new CasePage.Fact("予定日", ConsoleDates.date(form.plannedDate())));
    facts.add(new CasePage.Fact("技術の内容", HomePages.nonNull(form.technologyDescription())));
    facts.add(new CasePage.Fact("管理措置", HomePages.nonNull(form.managementMeasures())));
    if (form.contact() != null) {
      String department = HomePages.nonNull(form.contact().department());
      facts.add(
          new CasePage.Fact(
              "担当者",
              HomePages.nonNull(form.contact().name())
                  + (department.isEmpty() ? "" : "（" + department + "）")));
    }
    facts.add(new CasePage.Fact("提出日時", ConsoleDates.dateTime(report.submittedAt())));
    if (report.leadTime() != null) {
      facts.add(new CasePage.Fact("事前報告の時期", report.leadTime().explanation()));
    }
    return facts;
  }

  private static CasePage.MeetingView meeting(Meeting meeting) {
    List<CasePage.NoteView> notes = new ArrayList<>();
    for (Note note : meeting.agenda()) {
      notes.add(new CasePage.NoteView("議題", note.text(), Labels.of(note.visibility())));
    }
    for (Note note : meeting.minutes()) {
      notes.add(new CasePage.NoteView("議事要旨", note.text(), Labels.of(note.visibility())));
    }
    return new CasePage.MeetingView(
        ConsoleDates.dateTime(meeting.startsAt()),
        HomePages.nonNull(meeting.place()),
        Labels.of(meeting.state()),
        notes);
  }

  private static CasePage.ConcernView concern(Concern concern) {
    return new CasePage.ConcernView(
        Labels.of(concern.category()),
        Labels.of(concern.severity()),
        Labels.of(concern.state()),
        concern.description(),
        HomePages.nonNull(concern.concernInformation()),
        concern.answers().stream().map(CasePages::answer).toList());
  }

  private static String answer(Answer answer) {
    return answer.text()
        + (answer.dueDate() == null ? "" : "（実施期限 " + ConsoleDates.date(answer.dueDate()) + "）");
  }

  private static CasePage.QueryView query(CompanyQuery query) {
    return new CasePage.QueryView(
        query.question(), ConsoleDates.date(query.replyDue()), Labels.of(query.state()));
  }

  private static CasePage.DeadlineRow deadline(DeadlineView view) {
    return new CasePage.DeadlineRow(
        view.tracked().subject(),
        ConsoleDates.date(view.deadline().due()),
        Labels.of(view.status()),
        view.deadline().explanationJa());
  }

  private static CasePage.TimelineRow timelineRow(TimelineEntry entry) {
    return new CasePage.TimelineRow(
        ConsoleDates.dateTime(entry.at()), entry.labelJa(), entry.actorLabel());
  }
}
