package dev.taiwa.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workloads act on, found through the API as the users would find it: cases in dialogue
 * (for the officer's reads and the company's writes), a technology and country that filter, and the
 * cursor of a deep page.
 */
record Targets(
    List<String> dialogueCases,
    List<String> companyDialogueCases,
    int technology,
    String country,
    String deepCursor,
    int deepPage) {

  static final int PAGE = 20;

  static Targets find(BenchClient client, Tokens tokens, int wantedPage) {
    List<String> dialogue = ids(client, tokens.officer(), "IN_DIALOGUE");
    List<String> company = ids(client, tokens.filer(), "IN_DIALOGUE");
    if (dialogue.isEmpty() || company.isEmpty()) {
      throw new IllegalStateException(
          "the dataset has no case in dialogue for demo-filer-1: make it with more --cases");
    }
    JsonNode first =
        client
            .graphql(tokens.officer(), Queries.CASE_DETAIL, Map.of("id", dialogue.get(0)))
            .get("preReport");
    int technology = first.get("technologyNumbers").get(0).asInt();
    String country = first.get("counterparty").get("countryCode").asText();

    String cursor = null;
    int skipped = 0;
    int target = (wantedPage - 1) * PAGE;
    while (skipped < target) {
      int take = Math.min(100, target - skipped);
      Map<String, Object> variables = new HashMap<>();
      variables.put("after", cursor);
      variables.put("first", take);
      JsonNode page = client.graphql(tokens.officer(), Queries.AFTER, variables).get("preReports");
      JsonNode end = page.get("pageInfo").get("endCursor");
      if (end == null || end.isNull()) {
        break;
      }
      cursor = end.asText();
      skipped += page.get("edges").size();
      if (!page.get("pageInfo").get("hasNextPage").asBoolean()) {
        break;
      }
    }
    return new Targets(dialogue, company, technology, country, cursor, skipped / PAGE + 1);
  }

  private static List<String> ids(BenchClient client, String token, String state) {
    JsonNode edges =
        client.graphql(token, Queries.IN_STATE, Map.of("s", state)).get("preReports").get("edges");
    List<String> ids = new ArrayList<>();
    edges.forEach(edge -> ids.add(edge.get("node").get("id").asText()));
    return ids;
  }

  /** The access tokens of the benchmark's users. */
  /** The API tokens of the demo officer, filer and reviewer, and the officer's console cookies. */
  record Tokens(String officer, String filer, String reviewer, String officerInBrowser) {}
}
