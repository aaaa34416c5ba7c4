package dev.taiwa.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.taiwa.cases.kernel.PageRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's fixed mix: the reads of issue 19 (Q1–Q3, an officer's case detail, a deep page, a
 * reviewer's patent list, an empty query), a search for a word every report holds (the demo data's
 * and the benchmark's own technology descriptions begin 製造技術) and for one none holds, and three
 * writes a user does every day (submit a report, answer a concern, record a meeting). Each write is
 * the short sequence a user needs to make it possible, and its row says how many requests that is.
 */
final class Mix {
  private Mix() {}

  static List<Workload> of(
      BenchClient client,
      Targets.Tokens tokens,
      Targets targets,
      RawFloor floor,
      PageRequest.Position deep) {
    List<String> cases = targets.readCases();
    List<String> written = targets.writtenCases();
    List<String> own = targets.companyDialogueCases();
    return List.of(
        new Workload(
            "Q1 newest 20 pre-reports (officer)",
            "1",
            (c, n) -> client.graphql(tokens.officer(), Queries.NEWEST, Map.of()),
            (c, n) -> floor.newest()),
        new Workload(
            "Q2 one case with meetings and concerns (officer)",
            "1",
            (c, n) ->
                client.graphql(
                    tokens.officer(),
                    Queries.CASE_WITH_DIALOGUE,
                    Map.of("id", cases.get(n % cases.size()))),
            (c, n) -> floor.caseWithDialogue(cases.get(n % cases.size()))),
        new Workload(
            "Q3 20 pre-reports by technology " + targets.technology() + " and " + targets.country(),
            "1",
            (c, n) ->
                client.graphql(
                    tokens.officer(),
                    Queries.FILTERED,
                    Map.of("t", targets.technology(), "c", targets.country())),
            (c, n) -> floor.filtered(targets.technology(), targets.country())),
        new Workload(
            "case detail with deadlines, timeline, documents (officer)",
            "1",
            (c, n) ->
                client.graphql(
                    tokens.officer(),
                    Queries.CASE_DETAIL,
                    Map.of("id", cases.get(n % cases.size()))),
            null),
        new Workload(
            "deep page (page " + targets.deepPage() + ")",
            "1",
            (c, n) -> {
              Map<String, Object> variables = new LinkedHashMap<>();
              variables.put("after", targets.deepCursor());
              variables.put("first", Targets.PAGE);
              client.graphql(tokens.officer(), Queries.AFTER, variables);
            },
            deep == null ? null : (c, n) -> floor.behind(deep)),
        new Workload(
            "search a word every report holds (officer)",
            "1",
            (c, n) -> client.graphql(tokens.officer(), Queries.SEARCH, Map.of("s", "製造技術")),
            null),
        new Workload(
            "search a word no report holds (officer)",
            "1",
            (c, n) -> client.graphql(tokens.officer(), Queries.SEARCH, Map.of("s", "該当なし語")),
            null),
        new Workload(
            "patent list with review edges (reviewer)",
            "1",
            (c, n) -> client.graphql(tokens.reviewer(), Queries.PATENTS, Map.of()),
            null),
        new Workload(
            "statistics, every figure (officer)",
            "1",
            (c, n) -> client.graphql(tokens.officer(), Queries.STATISTICS, Map.of()),
            null),
        new Workload(
            "dashboard page (officer, console)",
            "1",
            (c, n) -> client.page(tokens.officerInBrowser(), "/dashboard"),
            null),
        new Workload(
            "{ __typename } with a token",
            "1",
            (c, n) -> client.graphql(tokens.officer(), Queries.TYPENAME, Map.of()),
            null),
        new Workload(
            "submit a pre-report (company)",
            "2: create draft, submit",
            (c, n) -> {
              JsonNode created =
                  client.graphql(
                      tokens.filer(), Queries.CREATE_DRAFT, Map.of("in", draft(targets, c, n)));
              String id = created.get("createPreReportDraft").get("preReport").get("id").asText();
              client.graphql(tokens.filer(), Queries.SUBMIT, Map.of("id", id));
            },
            null),
        new Workload(
            "answer a concern (officer raises, company answers)",
            "2: raise, answer",
            (c, n) -> {
              JsonNode raised =
                  client.graphql(
                      tokens.officer(),
                      Queries.RAISE_CONCERN,
                      Map.of("case", own.get(n % own.size()), "n", "最終用途の確認 " + c + "-" + n));
              String id = raised.get("raiseConcern").get("concern").get("id").asText();
              client.graphql(
                  tokens.filer(),
                  Queries.ANSWER_CONCERN,
                  Map.of("id", id, "due", LocalDate.now().plusDays(30).toString()));
            },
            null),
        new Workload(
            "record a meeting (officer schedules, records held)",
            "2: schedule, record",
            (c, n) -> {
              JsonNode scheduled =
                  client.graphql(
                      tokens.officer(),
                      Queries.SCHEDULE_MEETING,
                      Map.of(
                          "case",
                          written.get(n % written.size()),
                          "at",
                          OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).toString()));
              String id = scheduled.get("scheduleMeeting").get("meeting").get("id").asText();
              client.graphql(tokens.officer(), Queries.RECORD_MEETING, Map.of("id", id));
            },
            null));
  }

  private static Map<String, Object> draft(Targets targets, int client, int n) {
    Map<String, Object> in = new LinkedHashMap<>();
    in.put(
        "contact",
        Map.of("name", "担当 " + client, "department", "輸出管理部", "email", "bench@example.jp"));
    in.put("technologyNumbers", List.of(targets.technology()));
    in.put("transactionType", "LICENSING");
    in.put(
        "counterparty",
        Map.of(
            "nameOriginal",
            "Bench Partner " + client + "-" + n,
            "nameRomanised",
            "Bench Partner " + client + "-" + n,
            "countryCode",
            targets.country(),
            "relationship",
            "UNRELATED"));
    in.put("plannedDate", LocalDate.now().plusDays(60).toString());
    in.put("plannedDateKind", "CONTRACT");
    in.put("technologyDescription", "製造技術の提供（ベンチマーク）");
    in.put("managementMeasures", "アクセス管理と契約上の秘密保持");
    return in;
  }
}
