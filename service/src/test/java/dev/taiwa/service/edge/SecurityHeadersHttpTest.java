package dev.taiwa.service.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every answer carries the security headers (errors too); API answers and documents are not cached;
 * GraphiQL has a policy that allows only Taiwa's own scripts and its one inline script, and is off
 * in production unless enabled.
 */
class SecurityHeadersHttpTest {
  private static EmbeddedServer development;

  @BeforeAll
  static void startDevelopment() {
    development = start(Map.of());
  }

  @AfterAll
  static void stopDevelopment() {
    development.close();
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /health",
    "POST, /graphql",
    "GET, /graphql",
    "POST, /login",
    "GET, /documents/00000000-0000-0000-0000-000000000000.pdf",
    "GET, /nowhere",
    "GET, /graphiql"
  })
  void everyAnswerCarriesTheSecurityHeaders(String method, String path) {
    WireClient.Reply reply =
        new WireClient(development.getHost(), development.getPort())
            .send(
                method,
                path,
                Map.of("Content-Type", "application/json"),
                method.equals("POST") ? "{}".getBytes() : null);

    assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply.head());
    assertEquals("DENY", reply.header("X-Frame-Options"), reply.head());
    assertEquals("no-referrer", reply.header("Referrer-Policy"), reply.head());
    String policy = String.valueOf(reply.header("Content-Security-Policy"));
    assertTrue(policy.contains("frame-ancestors 'none'"), reply.head());
    assertEquals("no-store", reply.header("Cache-Control"), reply.head());
  }

  @Test
  void graphiqlMayRunOnlyTaiwasOwnScriptsAndItsInlineScript() {
    WireClient wire = new WireClient(development.getHost(), development.getPort());
    WireClient.Reply page = wire.send("GET", "/graphiql", Map.of(), null);

    String policy = String.valueOf(page.header("Content-Security-Policy"));
    assertEquals(200, page.status());
    assertTrue(policy.contains("script-src 'self' 'sha256-"), policy);
    assertTrue(policy.contains("connect-src 'self'"), policy);
    assertTrue(policy.startsWith("default-src 'none'"), policy);
    WireClient.Reply script =
        wire.send("GET", "/webjars/graphiql/2.4.7/graphiql.min.js", Map.of(), null);
    assertEquals(200, script.status());
    assertNotEquals("no-store", script.header("Cache-Control"), "static scripts may be cached");
  }

  @Test
  void productionServesNoGraphiqlUnlessEnabled() {
    Map<String, Object> production = new HashMap<>();
    production.put("taiwa.mode", "production");
    production.put("taiwa.content-key.current", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    production.put(
        "micronaut.security.token.jwt.signatures.secret.generator.secret",
        "a-production-secret-of-at-least-32-characters!");
    production.put(
        "micronaut.security.token.jwt.generator.refresh-token.secret",
        "another-production-secret-for-refresh-tokens");
    try (EmbeddedServer server = start(production)) {
      WireClient.Reply page =
          new WireClient(server.getHost(), server.getPort())
              .send("GET", "/graphiql", Map.of(), null);

      assertEquals(404, page.status(), page.body());
    }
  }

  private static EmbeddedServer start(Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    properties.put("taiwa.deadlines.sweep.enabled", false);
    properties.putAll(extra);
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }
}
