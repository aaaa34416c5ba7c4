package dev.taiwa.service.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening tests' shared steps: a pre-report filed with a counterparty that a sample list
 * names, and a sample list imported as a version by an administrator.
 */
public final class ListedCounterparty {
  /** Written in Simplified characters; the sample End User List has it in Traditional ones. */
  public static final String SUZHOU_ORIGINAL = "苏州华腾电子科技有限公司";

  public static final String SUZHOU_ROMANISED = "Suzhou Huateng Dianzi Keji";

  private ListedCounterparty() {}

  /** Creates and submits a pre-report whose counterparty is the given one; answers its id. */
  public static String submitted(
      ApiClient api, String filer, String title, String nameOriginal, String nameRomanised) {
    Map<String, Object> form = new HashMap<>(CaseFixture.form(title));
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal",
            nameOriginal,
            "nameRomanised",
            nameRomanised,
            "countryCode",
            "CN",
            "relationship",
            "UNRELATED"));
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) {"
                    + " preReport { id } errors { code field } } }",
                Map.of("in", form))
            .at("createPreReportDraft.preReport.id");
    GraphQLResponse submitted =
        api.graphql(
            filer,
            "mutation($id: ID!) { submitPreReport(id: $id) { preReport { state } errors { code } } }",
            Map.of("id", id));
    assertEquals(
        "SUBMITTED", submitted.at("submitPreReport.preReport.state"), submitted.body().toString());
    return id;
  }

  /** Imports the sample file {@code name} as a version of {@code list}; answers the version id. */
  public static String imported(
      ApiClient api, String admin, String list, String publishedOn, String name) {
    GraphQLResponse answer =
        api.graphql(
            admin,
            "mutation($in: ImportScreeningListInput!) { importScreeningList(input: $in) {"
                + " version { id } errors { code field message } } }",
            Map.of(
                "in",
                Map.of(
                    "list",
                    list,
                    "publishedOn",
                    publishedOn,
                    "contentBase64",
                    Base64.getEncoder().encodeToString(sample(name)))));
    assertEquals(List.of(), answer.at("importScreeningList.errors"), answer.body().toString());
    return answer.at("importScreeningList.version.id");
  }

  /** The bytes of the sample list file {@code name} of the test resources. */
  public static byte[] sample(String name) {
    try (InputStream in = ListedCounterparty.class.getResourceAsStream("/screening/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
