package dev.taiwa.service.access;

import static dev.taiwa.cases.prereport.model.PreReportState.IN_DIALOGUE;
import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static dev.taiwa.cases.prereport.model.PreReportState.UNDER_REVIEW;
import static dev.taiwa.cases.prereport.model.PreReportState.WITHDRAWN;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.http.ApiClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The probes of the dialogue mutations. Creating a meeting or a concern is tried before, during and
 * in the dialogue states; changes of an existing one in the dialogue states and on a withdrawn case
 * (whose meeting and concern the fixture made before the withdrawal).
 */
final class DialogueProbes {
  private static final String MEETING = "{ meeting { id } errors { code field message } }";
  private static final String CONCERN = "{ concern { id } errors { code field message } }";
  private static final List<PreReportState> AROUND_DIALOGUE =
      List.of(SUBMITTED, UNDER_REVIEW, IN_DIALOGUE);
  private static final List<PreReportState> ON_ITEMS =
      List.of(UNDER_REVIEW, IN_DIALOGUE, WITHDRAWN);

  private DialogueProbes() {}

  static void add(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    probes.put(
        Operation.SCHEDULE_MEETING,
        Probe.onCasesIn(
            AROUND_DIALOGUE,
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id,"
                            + " input: $in) "
                            + MEETING
                            + " }",
                        Map.of("id", k.id(), "in", CaseFixture.meetingInput())),
                    "scheduleMeeting")));
    probes.put(
        Operation.RAISE_CONCERN,
        Probe.onCasesIn(
            AROUND_DIALOGUE,
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id,"
                            + " input: $in) "
                            + CONCERN
                            + " }",
                        Map.of("id", k.id(), "in", CaseFixture.concernInput())),
                    "raiseConcern")));
    probes.put(
        Operation.ASSIGN_CASE_OFFICER,
        Probe.onCasesIn(
            List.of(SUBMITTED, UNDER_REVIEW, WITHDRAWN),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!, $o: ID!) { assignCaseOfficer(caseId: $id,"
                            + " officerId: $o) { preReport { id } errors { code field message } } }",
                        Map.of("id", k.id(), "o", fixture.officerId())),
                    "assignCaseOfficer")));
    String later = Instant.now().plus(40, ChronoUnit.DAYS).toString();
    probes.put(
        Operation.RESCHEDULE_MEETING,
        onItem(
            api,
            "rescheduleMeeting",
            ", startsAt: \"" + later + "\", reason: \"先方の都合\"",
            MEETING,
            fixture::meetingOn));
    probes.put(
        Operation.CANCEL_MEETING,
        onItem(api, "cancelMeeting", ", reason: \"中止\"", MEETING, fixture::meetingOn));
    probes.put(
        Operation.RECORD_MEETING_HELD,
        onItem(api, "recordMeetingHeld", ", input: {}", MEETING, fixture::meetingOn));
    String due = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString();
    probes.put(
        Operation.ANSWER_CONCERN,
        onItem(
            api,
            "answerConcern",
            ", input: {text: \"出荷先を限定\", dueDate: \"" + due + "\"}",
            CONCERN,
            fixture::concernOn));
    probes.put(
        Operation.RESOLVE_CONCERN,
        onItem(api, "resolveConcern", ", reason: \"解消\"", CONCERN, fixture::concernOn));
    probes.put(
        Operation.MARK_CONCERN_UNRESOLVED,
        onItem(api, "markConcernUnresolved", ", reason: \"未解消\"", CONCERN, fixture::concernOn));
  }

  /** A change of the case's meeting or concern: {@code mutation(id: <item>, <arguments>)}. */
  private static Probe onItem(
      ApiClient api,
      String mutation,
      String arguments,
      String payload,
      java.util.function.Function<String, String> itemOf) {
    BiFunction<Caller, CaseFixture.ProbedCase, Outcome> run =
        (c, k) ->
            Probe.payload(
                api.graphql(
                    c.token(),
                    "mutation($id: ID!) { "
                        + mutation
                        + "(id: $id"
                        + arguments
                        + ") "
                        + payload
                        + " }",
                    Map.of("id", itemOf.apply(k.id()))),
                mutation);
    return Probe.onCasesIn(ON_ITEMS, run);
  }
}
