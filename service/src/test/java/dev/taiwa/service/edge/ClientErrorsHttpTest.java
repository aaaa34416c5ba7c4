package dev.taiwa.service.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The malformed requests of issue 14, one by one: each is a 4xx with a short body in the GraphQL
 * error format and a code; the document's own errors (syntax, validation, coercion) come with a
 * code and the path of the field at fault; GET runs queries only.
 */
@MicronautTest(transactional = false)
class ClientErrorsHttpTest extends DatabaseTest {
  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private WireClient wire;
  private String bearer;

  @BeforeAll
  void setUp() {
    World world = new World(organisations, users, hasher);
    world.user("edge-filer", world.alpha, Role.FILER);
    bearer = "Bearer " + new ApiClient(http).login("edge-filer", World.PASSWORD);
    wire = new WireClient(server.getHost(), server.getPort());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "null",
        "true",
        "\"\"",
        "",
        "[{\"query\": \"{ me { username } }\"}]",
        "{bad",
        "{\"query\": Infinity}",
        "{\"query\": \"{ me { username } }\"} trailing",
        "{\"query\": \"{ me { username } }\", \"variables\": \"x\"}"
      })
  void aMalformedGraphqlBodyIsA400InTheGraphqlErrorFormat(String body) {
    WireClient.Reply reply = postGraphql("application/json", body.getBytes(StandardCharsets.UTF_8));

    assertEquals(400, reply.status(), reply.body());
    assertEquals("BAD_REQUEST", code(reply), reply.body());
  }

  @Test
  void jsonNestedDeeperThanAThousandIsA400() {
    String deep = "[".repeat(1200) + "]".repeat(1200);

    assertEquals(400, postGraphql("application/json", deep.getBytes()).status());
  }

  @Test
  void anotherCharsetIsA415() {
    byte[] utf16 = "{\"query\": \"{ me { username } }\"}".getBytes(StandardCharsets.UTF_16);

    WireClient.Reply reply = postGraphql("application/json; charset=utf-16", utf16);

    assertEquals(415, reply.status(), reply.body());
    assertEquals("UNSUPPORTED_MEDIA_TYPE", code(reply));
  }

  @Test
  void invalidUtf8IsA400() {
    byte[] body = {'{', '"', 'q', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'};

    assertEquals(400, postGraphql("application/json", body).status());
  }

  @Test
  void severalOperationsWithoutANameAndASubscriptionAreTypedErrors() {
    WireClient.Reply several =
        postGraphql(
            "application/json",
            "{\"query\": \"query A { me { username } } query B { me { displayName } }\"}"
                .getBytes());
    WireClient.Reply subscription =
        postGraphql(
            "application/json", "{\"query\": \"subscription { me { username } }\"}".getBytes());

    assertEquals(200, several.status(), several.body());
    assertEquals("INVALID_QUERY", code(several), several.body());
    assertEquals(200, subscription.status(), subscription.body());
    assertEquals("UNSUPPORTED_OPERATION", code(subscription), subscription.body());
  }

  @Test
  void aBadValueInAVariableNamesTheFieldAndHasACode() {
    String body =
        "{\"query\": \"mutation($in: PreReportInput!) { createPreReportDraft(input: $in) {"
            + " errors { code } } }\", \"variables\": {\"in\": {\"plannedDate\": \"next week\"}}}";

    WireClient.Reply reply = postGraphql("application/json", body.getBytes());

    assertEquals(200, reply.status(), reply.body());
    assertEquals("INVALID_VALUE", code(reply), reply.body());
    assertEquals("plannedDate", extensions(reply).get("field"), reply.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"null", "true", "\"\"", "[]", "{bad", "{\"username\": 1, \"password\": []}"})
  void aMalformedLoginIsA400WithoutJavaNames(String body) {
    WireClient.Reply login = wire.send("POST", "/login", json(), body.getBytes());
    WireClient.Reply refresh = wire.send("POST", "/oauth/access_token", json(), body.getBytes());

    assertEquals(400, login.status(), login.body());
    assertEquals("BAD_REQUEST", code(login), login.body());
    assertEquals(400, refresh.status(), refresh.body());
    for (WireClient.Reply reply : List.of(login, refresh)) {
      assertFalse(MalformedRequestsFuzzTest.LEAK.matcher(reply.body()).find(), reply.body());
    }
  }

  @Test
  void aWellFormedLoginFormStillLogsIn() {
    WireClient.Reply reply =
        wire.send(
            "POST",
            "/login",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            ("username=edge-filer&password=" + MalformedRequests.Escapes.encode(World.PASSWORD))
                .getBytes());

    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void aBrowserGetsAnHtmlErrorPageWithoutDetails() {
    WireClient.Reply reply =
        wire.send(
            "POST",
            "/login",
            Map.of("Content-Type", "application/json", "Accept", "text/html"),
            "{\"username\": [1]}".getBytes());

    assertTrue(reply.status() >= 400 && reply.status() < 500, reply.head());
    assertTrue(reply.body().startsWith("<!doctype html>"), reply.body());
    assertFalse(MalformedRequestsFuzzTest.LEAK.matcher(reply.body()).find(), reply.body());
  }

  @Test
  void aLoginFormWithABadEscapeIsA400() {
    WireClient.Reply reply =
        wire.send(
            "POST",
            "/login",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "username=%zz&password=x".getBytes());

    assertEquals(400, reply.status(), reply.body());
  }

  @Test
  void aMutationOverGetIsRefused405AndDoesNotRun() {
    String mutation = "mutation { createPreReportDraft(input: {}) { preReport { id } } }";
    WireClient.Reply reply =
        wire.send(
            "GET",
            "/graphql?query=" + MalformedRequests.Escapes.encode(mutation),
            Map.of("Authorization", bearer),
            null);

    assertEquals(405, reply.status(), reply.body());
    assertEquals("POST", reply.header("Allow"));
    assertEquals("METHOD_NOT_ALLOWED", code(reply), reply.body());
    Number drafts =
        new ApiClient(http)
            .graphql(bearer.substring(7), "{ preReports { totalCount } }")
            .at("preReports.totalCount");
    assertEquals(0, drafts.intValue(), "nothing was created");
  }

  /**
   * A method other than GET and POST on {@code /graphql} runs nothing and says so in the API's
   * error form, without any detail of the server: without a token the caller is asked to log in
   * first (401), with one it is told the method is not allowed (405).
   */
  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
  void anotherMethodOnGraphqlRunsNothing(String method) {
    byte[] body = "{\"query\": \"{ me { username } }\"}".getBytes(StandardCharsets.UTF_8);
    WireClient.Reply anonymous =
        wire.send(method, "/graphql", Map.of("Content-Type", "application/json"), body);
    WireClient.Reply known =
        wire.send(
            method,
            "/graphql",
            Map.of("Content-Type", "application/json", "Authorization", bearer),
            body);

    assertEquals(401, anonymous.status(), anonymous.body());
    assertEquals("UNAUTHENTICATED", code(anonymous), anonymous.body());
    assertEquals(405, known.status(), known.body());
    for (WireClient.Reply reply : List.of(anonymous, known)) {
      assertFalse(reply.body().contains("edge-filer"), "the query did not run: " + reply.body());
      assertFalse(reply.body().contains("Exception"), reply.body());
      assertFalse(reply.body().contains("micronaut"), reply.body());
    }
  }

  @Test
  void aQueryOverGetRuns() {
    WireClient.Reply reply =
        wire.send(
            "GET", "/graphql?query=%7Bme%7Busername%7D%7D", Map.of("Authorization", bearer), null);

    assertEquals(200, reply.status(), reply.body());
    assertNotNull(reply.body());
    assertFalse(reply.body().contains("errors"), reply.body());
  }

  private WireClient.Reply postGraphql(String contentType, byte[] body) {
    return wire.send(
        "POST", "/graphql", Map.of("Content-Type", contentType, "Authorization", bearer), body);
  }

  private static Map<String, String> json() {
    return Map.of("Content-Type", "application/json");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extensions(WireClient.Reply reply) {
    Map<String, Object> body = MalformedRequests.Json.read(reply.body());
    List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
    return (Map<String, Object>) errors.get(0).get("extensions");
  }

  private static Object code(WireClient.Reply reply) {
    try {
      return extensions(reply).get("code");
    } catch (RuntimeException e) {
      return null;
    }
  }
}
