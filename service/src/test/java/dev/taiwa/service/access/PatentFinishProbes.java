package dev.taiwa.service.access;

import static dev.taiwa.cases.patent.model.PatentState.NOT_SENT;
import static dev.taiwa.cases.patent.model.PatentState.SENT_TO_REVIEW;
import static dev.taiwa.cases.patent.model.PatentState.UNDER_SCREENING;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * The probes of the finishing Track B slice: the applicant's request for a notice of non-sending
 * and the examiner's issue of it (the fixture's applications under screening were filed on 2 June
 * 2025, so their screening period has long passed).
 */
final class PatentFinishProbes {
  private static final String PAYLOAD =
      "{ nonSendingNotice { requestedAt issuedOn } errors { code field message } }";

  private PatentFinishProbes() {}

  static void add(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    probes.put(
        Operation.REQUEST_NON_SENDING_NOTICE,
        Probe.onCasesIn(
            List.of(UNDER_SCREENING, NOT_SENT, SENT_TO_REVIEW),
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation($id: ID!) { requestNonSendingNotice(id: $id) " + PAYLOAD + " }",
                        Map.of("id", k.id())),
                    "requestNonSendingNotice")));
    probes.put(
        Operation.ISSUE_NON_SENDING_NOTICE,
        Probe.onCasesIn(
            List.of(UNDER_SCREENING, SENT_TO_REVIEW),
            (c, k) -> {
              if (k.state() == UNDER_SCREENING) {
                fixture.nonSendingNoticeRequested(k.id());
              }
              return Probe.payload(
                  api.graphql(
                      c.token(),
                      "mutation($id: ID!) { issueNonSendingNotice(id: $id) " + PAYLOAD + " }",
                      Map.of("id", k.id())),
                  "issueNonSendingNotice");
            }));
  }
}
