package dev.taiwa.service.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.PatentCaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Takes one company's patent applications through the API: the shared fixture's states, and here
 * designation with a chosen period, extension and compensation claims.
 */
final class CasePaths {
  private final ApiClient api;
  private final String reviewer;
  private final String filer;
  private final PatentCaseFixture fixture;

  CasePaths(ApiClient api, Map<Role, String> tokens, String filer, String applicantId) {
    this.api = api;
    this.reviewer = tokens.get(Role.SECURITY_REVIEWER);
    this.filer = filer;
    this.fixture =
        new PatentCaseFixture(api, tokens.get(Role.PATENT_EXAMINER), reviewer, filer, applicantId);
  }

  PatentCaseFixture fixture() {
    return fixture;
  }

  void designate(String id, LocalDate periodEnd) {
    step(
        reviewer,
        "designatePatentApplication(id: $id, periodEnd: \"" + periodEnd + "\", reason: \"指定\")",
        id);
  }

  void extend(String id, LocalDate periodEnd) {
    step(
        reviewer,
        "extendDesignation(id: $id, periodEnd: \"" + periodEnd + "\", reason: \"延長\")",
        id);
  }

  /** A claim of {@code amount} yen, decided at {@code decided} yen unless that is null. */
  void claim(String id, long amount, Long decided) {
    GraphQLResponse claimed =
        api.graphql(
            filer,
            "mutation($a: ID!, $in: CompensationClaimInput!) { claimCompensation(applicationId: $a,"
                + " input: $in) { compensationClaim { id } errors { code field } } }",
            Map.of(
                "a",
                id,
                "in",
                Map.of(
                    "amountYen",
                    amount,
                    "basis",
                    "実施の不許可による逸失利益",
                    "cause",
                    "WORKING_PERMISSION_REFUSED")));
    assertEquals(
        List.of(), claimed.at("claimCompensation.errors"), () -> claimed.body().toString());
    if (decided != null) {
      GraphQLResponse decision =
          api.graphql(
              reviewer,
              "mutation($id: ID!, $y: Yen!) { decideCompensation(id: $id, amountYen: $y,"
                  + " reason: \"認容\") { errors { code field } } }",
              Map.of("id", claimed.at("claimCompensation.compensationClaim.id"), "y", decided));
      assertEquals(List.of(), decision.at("decideCompensation.errors"));
    }
  }

  private void step(String token, String call, String id) {
    GraphQLResponse response =
        api.graphql(
            token,
            "mutation($id: ID!) { " + call + " " + PatentCaseFixture.PAYLOAD + " }",
            Map.of("id", id));
    String field = call.substring(0, call.indexOf('('));
    assertEquals(List.of(), response.at(field + ".errors"), () -> call + response.body());
  }
}
