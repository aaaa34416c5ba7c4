package dev.taiwa.service.console;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.QueryState;
import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the home page from the use cases the GraphQL API calls (the same beans), as the caller:
 * the pre-reports it may see, and their concerns and queries as it may see them.
 */
@Singleton
final class HomePages {
  /** The newest cases listed on the home page. */
  static final int LISTED = PageRequest.MAX_PAGE_SIZE;

  private final PreReportQueries preReports;
  private final DialogueQueries dialogue;

  private final DeadlineQueries deadlines;
  private final DocumentQueries documents;

  HomePages(
      PreReportQueries preReports,
      DialogueQueries dialogue,
      DeadlineQueries deadlines,
      DocumentQueries documents) {
    this.preReports = preReports;
    this.dialogue = dialogue;
    this.deadlines = deadlines;
    this.documents = documents;
  }

  HomePage of(Actor actor, SignedIn signedIn) {
    Texts t = signedIn.t();
    Page<PreReport> page =
        preReports.search(actor, PreReportFilter.none(), new PageRequest(LISTED, null, false));
    List<PreReport> reports = page.items();
    Map<CaseId, PreReport> byId =
        reports.stream().collect(Collectors.toMap(PreReport::id, Function.identity()));

    List<HomePage.Awaiting> awaiting = new ArrayList<>();
    long concerns = 0;
    long queries = 0;
    if (actor.has(Role.FILER)) {
      for (List<Concern> list : dialogue.concernsOf(actor, reports).values()) {
        for (Concern concern : list) {
          if (concern.state() == ConcernState.RAISED) {
            concerns++;
            PreReport report = byId.get(concern.caseId());
            awaiting.add(
                new HomePage.Awaiting(
                    t.get("home.kind.concern"),
                    concern.description(),
                    ConsolePaths.caseOf(report.id()),
                    report.reference().toString(),
                    ""));
          }
        }
      }
      List<CaseId> ids = reports.stream().map(PreReport::id).toList();
      for (List<DeadlineView> list : deadlines.ofCases(actor, ids).values()) {
        for (DeadlineView view : list) {
          if (view.tracked().isOpen()
              && DeadlineRules.LICENCE_APPLICATION.equals(view.tracked().ruleName())) {
            PreReport report = byId.get(view.tracked().caseId());
            awaiting.add(
                new HomePage.Awaiting(
                    t.get("home.kind.licence"),
                    t.get("home.licenceApplicationDue"),
                    ConsolePaths.caseOf(report.id()),
                    report.reference().toString(),
                    ConsoleDates.date(view.deadline().due())));
          }
        }
      }
      for (List<IssuedDocument> list : documents.documentsOf(actor, ids).values()) {
        for (IssuedDocument document : list) {
          PreReport report = byId.get(document.caseId());
          awaiting.add(
              new HomePage.Awaiting(
                  t.get("home.kind.document"),
                  document.kind().titleJa() + " " + nonNull(document.number()),
                  ConsolePaths.caseOf(report.id()) + "#work-documents",
                  report.reference().toString(),
                  ""));
        }
      }
      for (List<CompanyQuery> list : dialogue.queriesOf(actor, reports).values()) {
        for (CompanyQuery query : list) {
          if (query.state() == QueryState.OPEN) {
            queries++;
            PreReport report = byId.get(query.caseId());
            awaiting.add(
                new HomePage.Awaiting(
                    t.get("home.kind.query"),
                    query.question(),
                    ConsolePaths.caseOf(report.id()),
                    report.reference().toString(),
                    ConsoleDates.date(query.replyDue())));
          }
        }
      }
    }

    Map<PreReportState, Long> counts = new EnumMap<>(PreReportState.class);
    reports.forEach(report -> counts.merge(report.state(), 1L, Long::sum));
    List<HomePage.StateCount> byState =
        counts.entrySet().stream()
            .map(entry -> new HomePage.StateCount(t.label(entry.getKey()), entry.getValue()))
            .toList();
    List<HomePage.CaseRow> rows = reports.stream().map(report -> row(report, t)).toList();
    return new HomePage(signedIn, awaiting, concerns, queries, byState, rows, page.hasNext());
  }

  private static HomePage.CaseRow row(PreReport report, Texts t) {
    var form = report.form();
    String technologies = technologies(form.technologyNumbers(), t);
    return new HomePage.CaseRow(
        ConsolePaths.caseOf(report.id()),
        report.reference().toString(),
        t.label(report.state()),
        technologies,
        counterparty(form),
        ConsoleDates.date(form.plannedDate()),
        ConsoleDates.dateTime(report.updatedAt()));
  }

  /** The counterparty as a list shows it: its name with the country, "Acme（VN）"; empty for none. */
  static String counterparty(PreReportForm form) {
    if (form.counterparty() == null) {
      return "";
    }
    String country = form.counterparty().countryCode();
    return nonNull(form.counterparty().nameOriginal())
        + (country == null ? "" : "（" + country + "）");
  }

  /** "第24号、第3号" (English "No. 24, No. 3"); empty for none. */
  static String technologies(List<Integer> numbers, Texts t) {
    if (numbers == null) {
      return "";
    }
    return numbers.stream()
        .map(number -> t.format("home.technology", number))
        .collect(Collectors.joining(t.language() == ConsoleLanguage.JA ? "、" : ", "));
  }

  static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
