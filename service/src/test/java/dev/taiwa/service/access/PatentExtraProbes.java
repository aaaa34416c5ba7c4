package dev.taiwa.service.access;

import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState.ANSWERED;
import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState.CONSULTED;
import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState.IN_CONSULTATION;
import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState.REQUESTED;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import java.util.List;
import java.util.Map;

/** The probes of Track B's extra case types: prior confirmations (事前確認), compensation. */
final class PatentExtraProbes {
  private PatentExtraProbes() {}

  static void add(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    add(api, probes);
    addCompensation(api, probes);
    addLinks(api, fixture, probes);
  }

  /** Links: a fresh submitted pre-report of the owning company with an application of it. */
  private static void addLinks(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    String payload = "{ link { applicationId } errors { code field message } }";
    probes.put(
        Operation.LINK_PRE_REPORT,
        Probe.onCasesIn(
            List.of(PatentState.UNDER_SCREENING),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($a: ID!, $r: ID!) { linkPreReport(applicationId: $a,"
                            + " preReportId: $r, note: \"同じ技術\") "
                            + payload
                            + " }",
                        Map.of("a", k.id(), "r", fixture.inState(PreReportState.SUBMITTED).id())),
                    "linkPreReport")));
    probes.put(
        Operation.UNLINK_PRE_REPORT,
        Probe.onCasesIn(
            List.of(PatentState.UNDER_SCREENING),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($a: ID!, $r: ID!) { unlinkPreReport(applicationId: $a,"
                            + " preReportId: $r) "
                            + payload
                            + " }",
                        Map.of("a", k.id(), "r", fixture.linkedPreReport(k.id()))),
                    "unlinkPreReport")));
  }

  private static void add(ApiClient api, Map<Operation, Probe> probes) {
    probes.put(
        Operation.PRIOR_CONFIRMATION,
        Probe.onCasesIn(
            List.of(REQUESTED, CONSULTED),
            (c, k) -> {
              GraphQLResponse response =
                  api.graphql(
                      c.token(),
                      "query($id: ID!) { priorConfirmation(id: $id) { id title } }",
                      Map.of("id", k.id()));
              Outcome seen = Probe.answered(response, "priorConfirmation");
              return seen == Outcome.ALLOWED && response.at("priorConfirmation.title") != null
                  ? Outcome.ALLOWED
                  : Outcome.DENIED;
            }));
    probes.put(
        Operation.PRIOR_CONFIRMATIONS,
        Probe.onCasesIn(
            List.of(REQUESTED),
            (c, k) -> {
              List<Map<String, Object>> edges =
                  api.graphql(
                          c.token(), "{ priorConfirmations(first: 100) { edges { node { id } } } }")
                      .at("priorConfirmations.edges");
              boolean listed =
                  edges != null
                      && edges.stream()
                          .anyMatch(e -> k.id().equals(((Map<?, ?>) e.get("node")).get("id")));
              return listed ? Outcome.ALLOWED : Outcome.DENIED;
            }));
    probes.put(
        Operation.REQUEST_PRIOR_CONFIRMATION,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($in: PriorConfirmationInput!) { requestPriorConfirmation(input:"
                            + " $in) "
                            + PriorConfirmationFixture.PAYLOAD
                            + " }",
                        Map.of("in", PriorConfirmationFixture.input("probe"))),
                    "requestPriorConfirmation")));
    probes.put(
        Operation.SEND_PRIOR_CONFIRMATION_FOR_CONSULTATION,
        onRequest(api, "sendPriorConfirmationForConsultation", "", List.of(REQUESTED, ANSWERED)));
    probes.put(
        Operation.RECORD_PRIOR_CONFIRMATION_CONSULTATION,
        onRequest(
            api,
            "recordPriorConfirmationConsultation",
            ", answer: \"協議結果\"",
            List.of(REQUESTED, IN_CONSULTATION)));
    probes.put(
        Operation.ANSWER_PRIOR_CONFIRMATION,
        onRequest(
            api,
            "answerPriorConfirmation",
            ", answer: BAN_DOES_NOT_APPLY, reason: \"非該当\"",
            List.of(REQUESTED, IN_CONSULTATION, CONSULTED)));
  }

  /** The compensation probes: claims on applications in and out of designation, then changes. */
  static void addCompensation(ApiClient api, Map<Operation, Probe> probes) {
    probes.put(
        Operation.CLAIM_COMPENSATION,
        Probe.onCasesIn(
            List.of(PatentState.UNDER_SCREENING, PatentState.DESIGNATED, PatentState.LIFTED),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($a: ID!, $in: CompensationClaimInput!) {"
                            + " claimCompensation(applicationId: $a, input: $in) "
                            + CompensationFixture.PAYLOAD
                            + " }",
                        Map.of("a", k.id(), "in", CompensationFixture.input())),
                    "claimCompensation")));
    probes.put(
        Operation.ADD_COMPENSATION_ASSESSMENT_NOTE,
        onClaim(api, "addCompensationAssessmentNote", ", text: \"査定メモ\""));
    probes.put(
        Operation.DECIDE_COMPENSATION,
        onClaim(api, "decideCompensation", ", amountYen: 1000, reason: \"一部認容\""));
  }

  private static Probe onClaim(ApiClient api, String mutation, String arguments) {
    return Probe.onCasesIn(
        List.of(CompensationState.CLAIMED, CompensationState.DECIDED),
        (c, k) ->
            Probe.payload(
                api.graphql(
                    c.token(),
                    "mutation($id: ID!) { "
                        + mutation
                        + "(id: $id"
                        + arguments
                        + ") "
                        + CompensationFixture.PAYLOAD
                        + " }",
                    Map.of("id", k.id())),
                mutation));
  }

  private static Probe onRequest(
      ApiClient api, String mutation, String arguments, List<? extends Enum<?>> states) {
    return Probe.onCasesIn(
        states,
        (c, k) ->
            Probe.payload(
                api.graphql(
                    c.token(),
                    "mutation($id: ID!) { "
                        + mutation
                        + "(id: $id"
                        + arguments
                        + ") "
                        + PriorConfirmationFixture.PAYLOAD
                        + " }",
                    Map.of("id", k.id())),
                mutation));
  }
}
