package dev.taiwa.service.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Takes one company's pre-reports through the API: filing, withdrawal and the officer's closes. */
final class ReportPaths {
  private final ApiClient api;
  private final String filer;
  private final String officer;
  private final Clock clock;

  ReportPaths(ApiClient api, String filer, String officer, Clock clock) {
    this.api = api;
    this.filer = filer;
    this.officer = officer;
    this.clock = clock;
  }

  /** A submitted report, planned {@code leadDays} after today (0: late, with the reason). */
  String filed(List<Integer> technologies, String country, String type, int leadDays) {
    String id = draft(technologies, country, type, leadDays);
    step(filer, "submitPreReport(id: $id)", id);
    return id;
  }

  String draft() {
    return draft(List.of(1), "CN", "LICENSING", 90);
  }

  void withdraw(String id) {
    step(filer, "withdrawPreReport(id: $id, reason: \"案件中止\")", id);
  }

  void notReportable(String id) {
    step(officer, "markNotReportable(caseId: $id, reason: \"公知の技術\")", id);
  }

  void closeNoConcern(String id) {
    step(officer, "startPreReportReview(id: $id)", id);
    step(officer, "closeNoConcern(caseId: $id, summary: \"懸念なし\")", id);
  }

  private String draft(List<Integer> technologies, String country, String type, int leadDays) {
    Map<String, Object> form = new HashMap<>(CaseFixture.form("statistics"));
    form.put("technologyNumbers", technologies);
    form.put("transactionType", type);
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal",
            "統計公司",
            "nameRomanised",
            "Statistics Co.",
            "countryCode",
            country,
            "relationship",
            "UNRELATED"));
    form.put("plannedDate", JapanTime.today(clock).plusDays(leadDays).toString());
    if (leadDays <= 0) {
      form.put("lateExplanation", "社内決定が先行したため");
    }
    GraphQLResponse created =
        api.graphql(
            filer,
            "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id }"
                + " errors { code field message } } }",
            Map.of("in", form));
    assertEquals(
        List.of(), created.at("createPreReportDraft.errors"), () -> created.body().toString());
    return created.at("createPreReportDraft.preReport.id");
  }

  private void step(String token, String call, String id) {
    GraphQLResponse response =
        api.graphql(
            token,
            "mutation($id: ID!) { " + call + " { errors { code field } } }",
            Map.of("id", id));
    String field = call.substring(0, call.indexOf('('));
    assertEquals(List.of(), response.at(field + ".errors"), () -> call + response.body());
  }
}
