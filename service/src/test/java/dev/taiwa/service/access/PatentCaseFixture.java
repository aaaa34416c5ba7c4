package dev.taiwa.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.access.CaseFixture.ProbedCase;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts a fresh patent application of the owning company into a given state through the API: the
 * owning side's examiner registers it (and so is its assigned examiner) and screens it. Each
 * application's number is its marker.
 */
final class PatentCaseFixture {
  private static final AtomicInteger SERIAL = new AtomicInteger(100000);
  static final String PAYLOAD = "{ patentApplication { id state } errors { code field message } }";

  private final ApiClient api;
  private final String examinerToken;
  private final String applicantId;

  PatentCaseFixture(ApiClient api, String examinerToken, String applicantId) {
    this.api = api;
    this.examinerToken = examinerToken;
    this.applicantId = applicantId;
  }

  /** A fresh, unused application number. */
  static String nextNumber() {
    return "2025-" + SERIAL.incrementAndGet();
  }

  /** A complete registration input for the owning company. */
  Map<String, Object> input(String number) {
    return Map.of(
        "applicationNumber",
        number,
        "filingDate",
        "2025-06-02",
        "applicantIds",
        List.of(applicantId),
        "inventionCompletedInJapan",
        true,
        "title",
        "誘導装置 " + number,
        "abstract",
        "要約",
        "claims",
        "請求項1",
        "ipcCodes",
        List.of("F41G 7/00"),
        "route",
        "DIRECT");
  }

  ProbedCase inState(PatentState state) {
    String number = nextNumber();
    String id =
        api.graphql(
                examinerToken,
                "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) "
                    + PAYLOAD
                    + " }",
                Map.of("in", input(number)))
            .at("registerPatentApplication.patentApplication.id");
    switch (state) {
      case UNDER_SCREENING -> {}
      case SENT_TO_REVIEW -> decide(id, "SEND_TO_REVIEW", List.of(3), state);
      case NOT_SENT -> decide(id, "NOT_SENT", List.of(), state);
      default -> throw new IllegalArgumentException("the fixture cannot reach " + state + " yet");
    }
    return new ProbedCase(id, number, state);
  }

  private void decide(String id, String outcome, List<Integer> fields, PatentState expected) {
    Object state =
        api.graphql(
                examinerToken,
                "mutation($id: ID!, $in: ScreeningDecisionInput!) { decideScreening(id: $id,"
                    + " input: $in) "
                    + PAYLOAD
                    + " }",
                Map.of(
                    "id",
                    id,
                    "in",
                    Map.of("outcome", outcome, "matchedFields", fields, "reason", "fixture")))
            .at("decideScreening.patentApplication.state");
    assertEquals(expected.name(), state, "fixture step decideScreening");
  }
}
