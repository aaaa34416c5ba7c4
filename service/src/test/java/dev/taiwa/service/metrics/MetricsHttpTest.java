package dev.taiwa.service.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.ServiceProcess;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint: after a GraphQL request it shows the request's operation, the pool, busy
 * waits, scheduled job runs, the audit chain and cases by state; production never serves it on the
 * public port, only on the management port when one is set.
 */
class MetricsHttpTest {
  private static final List<String> NAMES =
      List.of(
          "taiwa_graphql_requests_seconds_bucket{operation=\"MyDrafts\"",
          "taiwa_graphql_requests_seconds_count{operation=\"MyDrafts\"",
          "hikaricp_connections_active",
          "taiwa_database_busy_waits_total",
          "taiwa_database_busy_refusals_total",
          "taiwa_jobs_runs_total{job=\"deadline-sweep\",outcome=\"ran\"",
          "taiwa_audit_chain_length",
          "taiwa_cases{kind=\"pre_report\",state=\"DRAFT\"} 1.0");

  @Test
  void theEndpointShowsEveryMetricAfterAGraphqlRequest() throws Exception {
    Map<String, Object> properties = new HashMap<>();
    properties.put("taiwa.metrics.store-refresh", "200ms");
    try (EmbeddedServer server = start(properties);
        HttpClient http = HttpClient.create(server.getURL())) {
      ApplicationContext context = server.getApplicationContext();
      World world =
          new World(
              context.getBean(Organisations.class),
              context.getBean(UserAccounts.class),
              context.getBean(PasswordHasher.class));
      ApiClient api = new ApiClient(http);
      String token =
          api.login(world.user("metrics-filer", world.alpha, Role.FILER), World.PASSWORD);
      api.graphql(
          token,
          "mutation { createPreReportDraft(input: {}) { preReport { id } errors { code } } }",
          Map.of());
      api.graphql(token, "query MyDrafts { me { username } }", Map.of());

      String scraped = "";
      for (int i = 0; i < 50 && !showsAll(scraped); i++) {
        scraped = http.toBlocking().retrieve("/prometheus");
        Thread.sleep(100);
      }
      for (String name : NAMES) {
        assertTrue(scraped.contains(name), name + " missing from:\n" + scraped);
      }
    }
  }

  @Test
  void productionServesNoMetricsOnThePublicPort() throws Exception {
    try (EmbeddedServer server = start(production());
        HttpClient http = HttpClient.create(server.getURL())) {
      assertEquals(404, anonymousStatus(http, "/prometheus"));
      assertEquals(200, anonymousStatus(http, "/health"));
    }
  }

  @Test
  void productionServesMetricsOnTheManagementPortOnly() throws Exception {
    int management = ServiceProcess.freePort();
    Map<String, Object> properties = production();
    properties.put("taiwa.management.port", String.valueOf(management));
    try (EmbeddedServer server = start(properties);
        HttpClient publicPort = HttpClient.create(server.getURL());
        HttpClient managementPort =
            HttpClient.create(new URL("http://" + server.getHost() + ":" + management))) {
      assertEquals(404, anonymousStatus(publicPort, "/prometheus"));
      assertEquals(200, anonymousStatus(managementPort, "/prometheus"));
      assertEquals(200, anonymousStatus(managementPort, "/health"));
    }
  }

  private static boolean showsAll(String scraped) {
    return NAMES.stream().allMatch(scraped::contains);
  }

  private static int anonymousStatus(HttpClient http, String path) {
    try {
      HttpResponse<String> response =
          http.toBlocking().exchange(HttpRequest.GET(path), String.class);
      return response.code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  private static Map<String, Object> production() {
    Map<String, Object> production = new HashMap<>();
    production.put("taiwa.mode", "production");
    production.put("taiwa.content-key.current", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    production.put(
        "micronaut.security.token.jwt.signatures.secret.generator.secret",
        "a-production-secret-of-at-least-32-characters!");
    production.put(
        "micronaut.security.token.jwt.generator.refresh-token.secret",
        "another-production-secret-for-refresh-tokens");
    return production;
  }

  private static EmbeddedServer start(Map<String, Object> extra) {
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    properties.putAll(extra);
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }
}
