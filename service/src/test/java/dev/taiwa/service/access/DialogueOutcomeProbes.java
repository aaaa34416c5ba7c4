package dev.taiwa.service.access;

import static dev.taiwa.cases.prereport.model.PreReportState.INFORM_ISSUED;
import static dev.taiwa.cases.prereport.model.PreReportState.IN_DIALOGUE;
import static dev.taiwa.cases.prereport.model.PreReportState.LICENCE_APPLIED;
import static dev.taiwa.cases.prereport.model.PreReportState.SUBMITTED;
import static dev.taiwa.cases.prereport.model.PreReportState.UNDER_REVIEW;
import static dev.taiwa.cases.prereport.model.PreReportState.WITHDRAWN;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.http.ApiClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The probes of the dialogue's end: queries to the company, closings, the inform, the licence
 * application and decision, each tried in the states around where the table allows it.
 */
final class DialogueOutcomeProbes {
  private static final String QUERY = "{ query { id } errors { code field message } }";
  private static final String CASE = "{ preReport { id } errors { code field message } }";
  private static final List<PreReportState> AROUND_DIALOGUE =
      List.of(SUBMITTED, UNDER_REVIEW, IN_DIALOGUE);

  private DialogueOutcomeProbes() {}

  static void add(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    probes.put(
        Operation.ASK_QUERY,
        onCase(api, "askQuery", ", input: {question: \"出荷先は?\"}", QUERY, AROUND_DIALOGUE));
    probes.put(
        Operation.ANSWER_QUERY, onQuery(api, fixture, "answerQuery", ", input: {text: \"回答\"}"));
    probes.put(
        Operation.WITHDRAW_QUERY, onQuery(api, fixture, "withdrawQuery", ", reason: \"不要\""));
    probes.put(
        Operation.CLOSE_NO_CONCERN,
        onCase(api, "closeNoConcern", ", summary: \"懸念なし\"", CASE, AROUND_DIALOGUE));
    probes.put(
        Operation.CLOSE_WITH_MEASURES_AGREED,
        onCase(
            api,
            "closeWithMeasuresAgreed",
            ", measures: [\"出荷先の限定\"], summary: \"合意\"",
            CASE,
            List.of(UNDER_REVIEW, IN_DIALOGUE)));
    probes.put(
        Operation.MARK_NOT_REPORTABLE,
        onCase(api, "markNotReportable", ", reason: \"グループA国\"", CASE, AROUND_DIALOGUE));
    probes.put(
        Operation.ISSUE_INFORM,
        Probe.onCasesIn(
            List.of(UNDER_REVIEW, IN_DIALOGUE),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!, $c: ID!) { issueInform(caseId: $id, input:"
                            + " {citedConcerns: [$c], summary: \"懸念払拭せず\"}) "
                            + CASE
                            + " }",
                        Map.of("id", k.id(), "c", fixture.concernOn(k.id()))),
                    "issueInform")));
    String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    probes.put(
        Operation.APPLY_FOR_LICENCE,
        onCase(
            api,
            "applyForLicence",
            ", input: {companyReference: \"REF-1\", appliedOn: \"" + today + "\"}",
            CASE,
            List.of(IN_DIALOGUE, INFORM_ISSUED)));
    probes.put(
        Operation.DECIDE_LICENCE,
        onCase(
            api,
            "decideLicence",
            ", input: {decision: GRANTED, summary: \"許可\"}",
            CASE,
            List.of(INFORM_ISSUED, LICENCE_APPLIED)));
  }

  /** {@code mutation(caseId: <case>, <arguments>)} on a fresh case in each of {@code states}. */
  private static Probe onCase(
      ApiClient api,
      String mutation,
      String arguments,
      String payload,
      List<PreReportState> states) {
    return Probe.onCasesIn(
        states,
        (c, k) ->
            Probe.payload(
                api.graphql(
                    c.token(),
                    "mutation($id: ID!) { "
                        + mutation
                        + "(caseId: $id"
                        + arguments
                        + ") "
                        + payload
                        + " }",
                    Map.of("id", k.id())),
                mutation));
  }

  /** A change of the case's open query, on cases in and after the dialogue. */
  private static Probe onQuery(
      ApiClient api, CaseFixture fixture, String mutation, String arguments) {
    return Probe.onCasesIn(
        List.of(UNDER_REVIEW, IN_DIALOGUE, WITHDRAWN),
        (c, k) ->
            Probe.payload(
                api.graphql(
                    c.token(),
                    "mutation($id: ID!) { "
                        + mutation
                        + "(id: $id"
                        + arguments
                        + ") "
                        + QUERY
                        + " }",
                    Map.of("id", fixture.queryOn(k.id()))),
                mutation));
  }
}
