package dev.taiwa.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A newcomer starting Taiwa on its embedded database finds one demo user per role; a PostgreSQL
 * database is never given demo users.
 */
@MicronautTest(transactional = false)
class DemoDataHttpTest extends DatabaseTest {
  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.demo-data", "true");
    return properties;
  }

  @Test
  void everyDemoUserCanLogInOnTheEmbeddedDatabaseAndNoneOnPostgres() {
    for (DemoDirectory.DemoUser user : DemoDirectory.USERS) {
      int status = loginStatus(user.username());
      if (TestDatabase.isPostgres()) {
        assertEquals(401, status, user.username() + " must not exist on PostgreSQL");
      } else {
        assertEquals(200, status, user.username() + " should log in with the demo password");
        assertEquals(List.of(user.role().name()), rolesOf(user.username()));
      }
    }
  }

  @Test
  void demoUsersCoverEveryRole() {
    assertEquals(
        EnumSet.allOf(Role.class),
        DemoDirectory.USERS.stream()
            .map(DemoDirectory.DemoUser::role)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    assertTrue(
        DemoDirectory.USERS.stream()
                .filter(u -> u.role() == Role.FILER)
                .map(u -> u.organisation().id())
                .distinct()
                .count()
            >= 2,
        "two companies with a filer each");
  }

  private int loginStatus(String username) {
    try {
      return http.toBlocking().exchange(login(username)).code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> rolesOf(String username) {
    Map<String, Object> token = http.toBlocking().retrieve(login(username), Map.class);
    Map<String, Object> response =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/graphql", Map.of("query", "{ me { roles } }"))
                    .bearerAuth((String) token.get("access_token")),
                Map.class);
    return (List<String>)
        ((Map<String, Object>) ((Map<String, Object>) response.get("data")).get("me")).get("roles");
  }

  private static HttpRequest<?> login(String username) {
    return HttpRequest.POST(
        "/login", Map.of("username", username, "password", DemoDirectory.PASSWORD));
  }
}
