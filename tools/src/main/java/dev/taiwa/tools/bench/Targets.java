package dev.taiwa.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the workloads act on, found through the API as the users would find it: cases in dialogue
 * for the officer's reads, other cases in dialogue for the officer's and the company's writes, a
 * technology and country that filter, and the cursor of a deep page.
 *
 * <p>The cases read are never written by the benchmark: a case that earlier runs gave a hundred
 * meetings would make the case detail measure the benchmark's own writes, not a case of the
 * dataset.
 */
record Targets(
    List<String> readCases,
    List<String> writtenCases,
    List<String> companyDialogueCases,
    int technology,
    String country,
    String deepCursor,
    int deepPage) {

  static final int PAGE = 20;

  static Targets find(BenchClient client, Tokens tokens, int wantedPage) {
    Page newest = page(client, tokens.officer(), null);
    List<String> dialogue = new ArrayList<>(newest.ids());
    // Q3 filters by the technology and country of the newest case in dialogue.
    String filterSource = dialogue.isEmpty() ? null : dialogue.get(0);
    if (newest.endCursor() != null) {
      dialogue.addAll(page(client, tokens.officer(), newest.endCursor()).ids());
    }
    List<String> company = page(client, tokens.filer(), null).ids();
    dialogue.removeAll(company);
    if (dialogue.size() < 2 || company.isEmpty()) {
      throw new IllegalStateException(
          "the dataset has too few cases in dialogue (for demo-filer-1 and others): make it with"
              + " more --cases");
    }
    List<String> written = List.copyOf(dialogue.subList(0, dialogue.size() / 2));
    List<String> read = List.copyOf(dialogue.subList(dialogue.size() / 2, dialogue.size()));
    JsonNode first =
        client
            .graphql(tokens.officer(), Queries.CASE_DETAIL, Map.of("id", filterSource))
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
    return new Targets(read, written, company, technology, country, cursor, skipped / PAGE + 1);
  }

  /** A page of 100 cases in dialogue as the token's user sees them, behind the cursor if given. */
  private static Page page(BenchClient client, String token, String after) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("after", after);
    JsonNode page = client.graphql(token, Queries.IN_DIALOGUE, variables).get("preReports");
    List<String> ids = new ArrayList<>();
    page.get("edges").forEach(edge -> ids.add(edge.get("node").get("id").asText()));
    JsonNode end = page.get("pageInfo").get("endCursor");
    return new Page(ids, end == null || end.isNull() ? null : end.asText());
  }

  private record Page(List<String> ids, String endCursor) {}

  /** The API tokens of the demo officer, filer and reviewer, and the officer's console cookies. */
  record Tokens(String officer, String filer, String reviewer, String officerInBrowser) {}
}
