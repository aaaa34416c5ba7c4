package dev.taiwa.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.access.CaseFixture.ProbedCase;
import dev.taiwa.service.http.ApiClient;
import java.util.Map;

/**
 * Puts a fresh compensation claim of the owning company into a given state: on a designated
 * application the company's filer claims; a security reviewer decides.
 */
final class CompensationFixture {
  static final String PAYLOAD = "{ compensationClaim { id state } errors { code field message } }";

  private final ApiClient api;
  private final DesignatedPatentFixture designated;
  private final String filerToken;
  private final String reviewerToken;

  CompensationFixture(
      ApiClient api, DesignatedPatentFixture designated, String filerToken, String reviewerToken) {
    this.api = api;
    this.designated = designated;
    this.filerToken = filerToken;
    this.reviewerToken = reviewerToken;
  }

  static Map<String, Object> input() {
    return Map.of(
        "amountYen",
        12_000_000_000L,
        "basis",
        "実施の不許可による逸失利益",
        "cause",
        "WORKING_PERMISSION_REFUSED");
  }

  ProbedCase inState(CompensationState state) {
    ProbedCase application = designated.inState(PatentState.DESIGNATED);
    String id =
        api.graphql(
                filerToken,
                "mutation($a: ID!, $in: CompensationClaimInput!) { claimCompensation(applicationId:"
                    + " $a, input: $in) "
                    + PAYLOAD
                    + " }",
                Map.of("a", application.id(), "in", input()))
            .at("claimCompensation.compensationClaim.id");
    if (state == CompensationState.DECIDED) {
      Object decided =
          api.graphql(
                  reviewerToken,
                  "mutation($id: ID!) { decideCompensation(id: $id, amountYen: 0, reason: \"却下\") "
                      + PAYLOAD
                      + " }",
                  Map.of("id", id))
              .at("decideCompensation.compensationClaim.state");
      assertEquals("DECIDED", decided, "fixture step decideCompensation");
    }
    return new ProbedCase(id, application.id(), state);
  }
}
