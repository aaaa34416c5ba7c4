package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;

/** Generates documents over GraphQL and downloads them over HTTP, as a caller with a token. */
final class DocumentClient {
  static final String GENERATE =
      "mutation($id: ID!, $kind: DocumentKind!) { generateDocument(caseId: $id, kind: $kind)"
          + " { document { id kind number templateVersion sha256 secret byteSize downloadPath }"
          + " errors { code field message } } }";

  private final ApiClient api;
  private final HttpClient http;

  DocumentClient(ApiClient api, HttpClient http) {
    this.api = api;
    this.http = http;
  }

  /** Generates a document that must be accepted; its fields. */
  Map<String, Object> generate(String token, String caseId, String kind) {
    GraphQLResponse response = api.graphql(token, GENERATE, Map.of("id", caseId, "kind", kind));
    assertEquals(
        List.of(), response.at("generateDocument.errors"), () -> response.body().toString());
    return response.at("generateDocument.document");
  }

  /** The ids of the documents numbered {@code number} that the caller may read. */
  List<String> idsByNumber(String token, String number) {
    List<Map<String, Object>> found =
        api.graphql(
                token,
                "query($n: String!) { documentsByNumber(number: $n) { id number } }",
                Map.of("n", number))
            .at("documentsByNumber");
    return found.stream().map(d -> (String) d.get("id")).toList();
  }

  /** The code of the first refusal of a generation (null when accepted). */
  String refusal(String token, String caseId, String kind) {
    return api.graphql(token, GENERATE, Map.of("id", caseId, "kind", kind))
        .at("generateDocument.errors.0.code");
  }

  byte[] download(String token, Map<String, Object> document) {
    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(
                HttpRequest.GET((String) document.get("downloadPath")).bearerAuth(token),
                byte[].class);
    assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
    return response.body();
  }

  int status(String token, Map<String, Object> document) {
    return statusOf(token, (String) document.get("downloadPath"));
  }

  int statusOf(String token, String path) {
    try {
      return http.toBlocking()
          .exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class)
          .code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }
}
