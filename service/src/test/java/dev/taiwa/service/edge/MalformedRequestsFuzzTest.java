package dev.taiwa.service.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed requests to every HTTP endpoint ({@link MalformedRequests}): none may be
 * answered 5xx (or not at all), no answer may carry a Java class name, exception text, a stack
 * trace or SQL, and {@code /health} stays UP throughout.
 */
@MicronautTest(transactional = false)
class MalformedRequestsFuzzTest extends DatabaseTest {
  static final int REQUESTS = 2400;

  /** What must never reach a client. */
  static final Pattern LEAK =
      Pattern.compile(
          "\\b(?:java|javax|jakarta|sun|jdk)\\.[a-z]"
              + "|\\bio\\.micronaut|\\bcom\\.fasterxml|\\bgraphql\\.[a-z]|\\bdev\\.taiwa"
              + "|\\borg\\.(?:postgresql|sqlite|flywaydb|slf4j|reactivestreams|dataloader)"
              + "|\\breactor\\.core|Exception\\b|\\bError:|\\tat |\\.java:\\d|Caused by"
              + "|LinkedHashMap|ArrayList|StringValue\\{|IntValue\\{|ObjectValue\\{|NullPointer"
              + "|Cannot invoke|Cannot deserialize|Cannot construct|at \\[Source|JsonToken"
              + "|UsernamePasswordCredentials|GraphQLRequestBody|CoercionConfig|constructor arguments"
              + "|SQLITE_|SQLException|PSQL|\\bSELECT\\s|\\bINSERT\\s+INTO|\\bDELETE\\s+FROM"
              + "|syntax error at or near|Invalid hex byte");

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  @Test
  void noMalformedRequestGetsA5xxOrLeaksInternalsAndHealthStaysUp() {
    World world = new World(organisations, users, hasher);
    world.user("fuzz-user", world.alpha, Role.FILER);
    String token = new ApiClient(http).login("fuzz-user", World.PASSWORD);
    WireClient wire = new WireClient(server.getHost(), server.getPort());
    List<MalformedRequests.Request> requests = new MalformedRequests(14, token).generate(REQUESTS);

    List<String> failures = new ArrayList<>();
    Map<String, Integer> perEndpoint = new TreeMap<>();
    Map<Integer, Integer> perStatus = new TreeMap<>();
    for (int i = 0; i < requests.size(); i++) {
      MalformedRequests.Request request = requests.get(i);
      WireClient.Reply reply =
          wire.send(request.method(), request.target(), request.headers(), request.body());
      perEndpoint.merge(request.endpoint(), 1, Integer::sum);
      perStatus.merge(reply.status(), 1, Integer::sum);
      Matcher leak = LEAK.matcher(reply.head() + "\n" + reply.body());
      if (reply.status() < 200 || reply.status() >= 500) {
        failures.add(reply.status() + " for " + request + "\n  " + abbreviated(reply.body()));
      } else if (leak.find()) {
        failures.add(
            "leaks '" + leak.group() + "' for " + request + "\n  " + abbreviated(reply.body()));
      }
      if (i % 200 == 0) {
        assertHealthy(wire);
      }
    }
    assertHealthy(wire);
    System.out.printf(
        "Fuzz: %d malformed requests, per endpoint %s, per status %s, %d failures%n",
        requests.size(), perEndpoint, perStatus, failures.size());

    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " bad answers:\n"
            + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    assertTrue(requests.size() >= 2000);
    assertTrue(perEndpoint.values().stream().allMatch(n -> n >= 50), perEndpoint.toString());
  }

  private static void assertHealthy(WireClient wire) {
    WireClient.Reply health = wire.send("GET", "/health", Map.of(), null);
    assertEquals(200, health.status(), health.body());
    assertTrue(health.body().contains("\"UP\""), health.body());
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
