package dev.taiwa.service.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Talks to a running Taiwa over real HTTP as a user would: log in, then post GraphQL. */
public final class ApiClient {
  private final HttpClient client;

  public ApiClient(HttpClient client) {
    this.client = client;
  }

  /** Logs in and returns the bearer token; throws when refused. */
  public String login(String username, String password) {
    HttpResponse<Map> response =
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST("/login", Map.of("username", username, "password", password)),
                Map.class);
    return (String) response.body().get("access_token");
  }

  /** The HTTP status of a login attempt. */
  public int loginStatus(String username, String password) {
    try {
      return client
          .toBlocking()
          .exchange(HttpRequest.POST("/login", Map.of("username", username, "password", password)))
          .code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  /** Posts a GraphQL document with variables; returns the whole response body. */
  public GraphQLResponse graphql(String token, String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    HttpRequest<?> request = HttpRequest.POST("/graphql", body);
    if (token != null) {
      request = ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
    }
    Map<String, Object> response = client.toBlocking().retrieve(request, Map.class);
    return new GraphQLResponse(response);
  }

  /** Posts a GraphQL document; returns the response body exactly as sent (raw JSON text). */
  public String rawGraphql(String token, String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    HttpRequest<?> request = HttpRequest.POST("/graphql", body);
    if (token != null) {
      request = ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
    }
    return client.toBlocking().retrieve(request, String.class);
  }

  public GraphQLResponse graphql(String token, String query) {
    return graphql(token, query, Map.of());
  }

  /** The HTTP status of a GraphQL request. */
  public int graphqlStatus(String token, String query) {
    try {
      graphql(token, query);
      return 200;
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  /** Logs in and returns the whole token response: access_token, refresh_token, expires_in... */
  Map<String, Object> loginResponse(String username, String password) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.POST("/login", Map.of("username", username, "password", password)),
            Map.class);
  }

  /**
   * Exchanges a refresh token at {@code /oauth/access_token}: the HTTP status and, on success, the
   * token response.
   */
  RefreshAnswer refresh(String refreshToken) {
    try {
      HttpResponse<Map> response =
          client
              .toBlocking()
              .exchange(
                  HttpRequest.POST(
                      "/oauth/access_token",
                      Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)),
                  Map.class);
      return new RefreshAnswer(response.code(), response.body());
    } catch (HttpClientResponseException e) {
      return new RefreshAnswer(e.code(), Map.of());
    }
  }

  /** What {@code /oauth/access_token} answered. */
  record RefreshAnswer(int status, Map<String, Object> body) {
    String accessToken() {
      return (String) body.get("access_token");
    }
  }

  /** A GraphQL response with path navigation for assertions. */
  public record GraphQLResponse(Map<String, Object> body) {
    @SuppressWarnings("unchecked")
    public <T> T at(String path) {
      Object current = body.get("data");
      for (String part : path.split("\\.")) {
        if (current == null) {
          return null;
        }
        if (current instanceof List<?> list) {
          current = list.get(Integer.parseInt(part));
        } else {
          current = ((Map<String, Object>) current).get(part);
        }
      }
      return (T) current;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> errors() {
      Object errors = body.get("errors");
      return errors == null ? List.of() : (List<Map<String, Object>>) errors;
    }
  }
}
