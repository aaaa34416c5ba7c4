package dev.taiwa.service.console;

import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernAction;
import dev.taiwa.cases.dialogue.model.ConcernTransitions;
import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingAction;
import dev.taiwa.cases.dialogue.model.MeetingTransitions;
import dev.taiwa.cases.dialogue.model.QueryAction;
import dev.taiwa.cases.dialogue.model.QueryTransitions;
import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.DocumentPolicy;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a case page's {@link CaseWork} from the use cases' own queries and policies, as the
 * caller: the same {@code availableActions} the API answers, the dialogue's transition tables, the
 * document policy. The console decides nothing itself.
 */
@Singleton
final class CaseWorks {
  private static final DateTimeFormatter LOCAL_INPUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final PreReportQueries preReports;
  private final DialogueQueries dialogue;
  private final CaseAssignment assignment;
  private final UserAccounts users;
  private final InformQueries informs;
  private final OutcomeQueries outcomes;
  private final DocumentQueries documents;
  private final CaseTimeline timelines;
  private final Clock clock;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final DialogueCasePolicy dialoguePolicy = new DialogueCasePolicy();
  private final DocumentPolicy documentPolicy = new DocumentPolicy();

  CaseWorks(
      PreReportQueries preReports,
      DialogueQueries dialogue,
      CaseAssignment assignment,
      UserAccounts users,
      InformQueries informs,
      OutcomeQueries outcomes,
      DocumentQueries documents,
      CaseTimeline timelines,
      Clock clock) {
    this.preReports = preReports;
    this.dialogue = dialogue;
    this.assignment = assignment;
    this.users = users;
    this.informs = informs;
    this.outcomes = outcomes;
    this.documents = documents;
    this.timelines = timelines;
    this.clock = clock;
  }

  /** The case's work area as {@code actor} sees it now; {@code typed} refills a refused form. */
  CaseWork of(Actor actor, PreReport report, String csrf, Typed typed, Texts t) {
    List<PreReport> one = List.of(report);
    Set<PreReportAction> actions = preReports.availableActions(actor, report);
    Set<Role> roles = access.rolesOn(actor, report);
    UserId officer = assignment.officersOf(actor, one).get(report.id());
    List<Concern> concerns = dialogue.concernsOf(actor, one).getOrDefault(report.id(), List.of());
    Inform inform = informs.informsOf(actor, one).get(report.id());
    LicenceApplication application = informs.applicationsOf(actor, one).get(report.id());
    Outcome outcome = outcomes.outcomesOf(actor, one).get(report.id());
    List<CaseWork.Choice> citable =
        concerns.stream()
            .filter(Concern::unresolved)
            .map(c -> new CaseWork.Choice(c.id().toString(), concernLabel(c, t)))
            .toList();
    return new CaseWork(
        ConsolePaths.caseOf(report.id()),
        report.version(),
        clock.millis(),
        csrf,
        typed,
        officer == null ? "" : users.find(officer).map(UserAccount::displayName).orElse(""),
        may(DialogueAction.ASSIGN_CASE_OFFICER, report, roles) && !actor.userId().equals(officer),
        actions.contains(PreReportAction.START_REVIEW),
        may(DialogueAction.SCHEDULE_MEETING, report, roles),
        may(DialogueAction.RAISE_CONCERN, report, roles),
        may(DialogueAction.ASK_QUERY, report, roles),
        actions.contains(PreReportAction.ISSUE_INFORM),
        citable,
        actions.contains(PreReportAction.APPLY_FOR_LICENCE),
        actions.contains(PreReportAction.GRANT_LICENCE)
            || actions.contains(PreReportAction.GRANT_LICENCE_WITH_CONDITIONS)
            || actions.contains(PreReportAction.REFUSE_LICENCE),
        actions.contains(PreReportAction.CLOSE_NO_CONCERN),
        actions.contains(PreReportAction.CLOSE_MEASURES_AGREED),
        actions.contains(PreReportAction.MARK_NOT_REPORTABLE),
        dialogue.meetingsOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(m -> meeting(m, report, roles, t))
            .toList(),
        concerns.stream().map(c -> concern(c, report, roles, t)).toList(),
        dialogue.queriesOf(actor, one).getOrDefault(report.id(), List.of()).stream()
            .map(q -> query(q, report, roles, t))
            .toList(),
        inform == null ? null : inform(inform, concerns, t),
        application == null ? null : application(application, inform, t),
        outcome == null ? null : outcome(outcome, t),
        documents.documentsOf(actor, report.id()).stream().map(CaseWorks::document).toList(),
        generatable(report, roles));
  }

  /** What happened on the case after {@code seenMillis}, for a CONFLICT's explanation. */
  List<String> changesSince(Actor actor, CaseId id, long seenMillis, Texts t) {
    Instant seen = Instant.ofEpochMilli(seenMillis);
    return timelines.of(actor, id).value().orElse(List.of()).stream()
        .filter(entry -> entry.at().isAfter(seen))
        .map(
            entry ->
                t.format(
                    "work.changedSince",
                    ConsoleDates.dateTime(entry.at()),
                    t.language() == ConsoleLanguage.EN ? entry.labelEn() : entry.labelJa(),
                    entry.actorLabel()))
        .toList();
  }

  private boolean may(DialogueAction action, PreReport report, Set<Role> roles) {
    return dialoguePolicy.check(action, report.state(), roles).isEmpty();
  }

  private CaseWork.MeetingWork meeting(
      Meeting meeting, PreReport report, Set<Role> roles, Texts t) {
    Set<MeetingAction> allowed = MeetingTransitions.TABLE.availableActions(meeting.state(), roles);
    return new CaseWork.MeetingWork(
        meeting.id().toString(),
        meeting.version(),
        ConsoleDates.dateTime(meeting.startsAt())
            + " "
            + HomePages.nonNull(meeting.place())
            + t.get("text.open")
            + t.label(meeting.state())
            + t.get("text.close"),
        meeting.startsAt() == null ? "" : LOCAL_INPUT.format(meeting.startsAt().atZone(TOKYO)),
        allowed.contains(MeetingAction.RESCHEDULE)
            && may(DialogueAction.RESCHEDULE_MEETING, report, roles),
        allowed.contains(MeetingAction.CANCEL) && may(DialogueAction.CANCEL_MEETING, report, roles),
        allowed.contains(MeetingAction.RECORD_HELD)
            && may(DialogueAction.RECORD_MEETING_HELD, report, roles));
  }

  private CaseWork.ConcernWork concern(
      Concern concern, PreReport report, Set<Role> roles, Texts t) {
    Set<ConcernAction> allowed = ConcernTransitions.TABLE.availableActions(concern.state(), roles);
    return new CaseWork.ConcernWork(
        concern.id().toString(),
        concern.version(),
        concernLabel(concern, t),
        allowed.contains(ConcernAction.ANSWER) && may(DialogueAction.ANSWER_CONCERN, report, roles),
        allowed.contains(ConcernAction.RESOLVE)
            && may(DialogueAction.RESOLVE_CONCERN, report, roles),
        allowed.contains(ConcernAction.MARK_UNRESOLVED)
            && may(DialogueAction.MARK_CONCERN_UNRESOLVED, report, roles));
  }

  private CaseWork.QueryWork query(CompanyQuery query, PreReport report, Set<Role> roles, Texts t) {
    Set<QueryAction> allowed = QueryTransitions.TABLE.availableActions(query.state(), roles);
    return new CaseWork.QueryWork(
        query.id().toString(),
        query.version(),
        query.question(),
        ConsoleDates.date(query.replyDue()),
        t.label(query.state()),
        query.answer().map(a -> a.text()).orElse(""),
        allowed.contains(QueryAction.ANSWER) && may(DialogueAction.ANSWER_QUERY, report, roles),
        allowed.contains(QueryAction.WITHDRAW)
            && may(DialogueAction.WITHDRAW_QUERY, report, roles));
  }

  private static String concernLabel(Concern concern, Texts t) {
    return t.label(concern.category())
        + t.get("text.open")
        + t.label(concern.state())
        + t.get("text.closeColon")
        + concern.description();
  }

  private static CaseWork.InformView inform(Inform inform, List<Concern> concerns, Texts t) {
    List<String> cited = new ArrayList<>();
    for (UUID id : inform.citedConcerns()) {
      concerns.stream()
          .filter(c -> c.id().equals(id))
          .findFirst()
          .ifPresentOrElse(c -> cited.add(c.description()), () -> cited.add(id.toString()));
    }
    return new CaseWork.InformView(
        t.get(
            inform.route() == InformRoute.UNRESOLVED_CONCERNS
                ? "work.inform.viaConcerns"
                : "work.inform.routeConditions"),
        inform.summary(),
        cited,
        inform.proposedConditions(),
        ConsoleDates.date(inform.applicationDue()));
  }

  private static CaseWork.ApplicationView application(
      LicenceApplication application, Inform inform, Texts t) {
    List<String> conditions = inform == null ? List.of() : inform.proposedConditions();
    List<String> responses = new ArrayList<>();
    for (ConditionResponse response : application.responses()) {
      String condition =
          response.condition() < conditions.size()
              ? conditions.get(response.condition())
              : t.get("work.apply.condition") + (response.condition() + 1);
      responses.add(
          condition
              + t.get("text.colon")
              + t.get(response.accepted() ? "work.apply.accept" : "work.apply.objected")
              + (response.comment() == null || response.comment().isBlank()
                  ? ""
                  : t.get("text.open") + response.comment() + t.get("text.close")));
    }
    return new CaseWork.ApplicationView(
        application.companyReference(), ConsoleDates.date(application.appliedOn()), responses);
  }

  private static CaseWork.OutcomeView outcome(Outcome outcome, Texts t) {
    return new CaseWork.OutcomeView(
        WorkLabels.of(outcome.type(), t),
        ConsoleDates.date(outcome.decidedOn()),
        outcome.summary(),
        outcome.items());
  }

  static CaseWork.DocumentLink document(IssuedDocument document) {
    return new CaseWork.DocumentLink(
        ConsolePaths.caseOf(document.caseId()) + "/documents/" + document.id() + ".pdf",
        document.kind().titleJa(),
        HomePages.nonNull(document.number()),
        ConsoleDates.dateTime(document.generatedAt()));
  }

  private List<CaseWork.Choice> generatable(PreReport report, Set<Role> roles) {
    List<CaseWork.Choice> kinds = new ArrayList<>();
    for (Map.Entry<DocumentKind, DocumentPolicy.Rule> rule : documentPolicy.rules().entrySet()) {
      DocumentKind kind = rule.getKey();
      if (kind.track() == DocumentKind.Track.PRE_REPORT
          && documentPolicy.mayGenerate(kind, roles)
          && rule.getValue().states().contains(report.state())) {
        kinds.add(new CaseWork.Choice(kind.name(), kind.titleJa()));
      }
    }
    return kinds;
  }
}
