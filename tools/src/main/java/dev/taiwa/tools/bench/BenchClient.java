package dev.taiwa.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark's HTTP client: logs in and posts GraphQL documents, as any API client would. */
final class BenchClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http;

  BenchClient(URI base, int connections) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, connections)))
            .build();
  }

  /** Logs {@code username} in; answers the access token. */
  String login(String username, String password) {
    JsonNode answer =
        post(
            "/login",
            null,
            JSON.createObjectNode().put("username", username).put("password", password));
    JsonNode token = answer.get("access_token");
    if (token == null) {
      throw new IllegalStateException("login of " + username + " refused: " + answer);
    }
    return token.asText();
  }

  /**
   * Signs {@code username} in to the web console as a browser does (the sign-in page's form with
   * its token and cookie); answers the {@code Cookie} header of its session.
   */
  String signIn(String username, String password) {
    HttpResponse<String> form = send(HttpRequest.newBuilder(base.resolve("/signin")).GET());
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
    if (form.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("/signin answered HTTP " + form.statusCode());
    }
    String fields =
        "username="
            + encode(username)
            + "&password="
            + encode(password)
            + "&csrf="
            + encode(token.group(1));
    HttpResponse<String> signedIn =
        send(
            HttpRequest.newBuilder(base.resolve("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(form))
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
    String session = cookies(signedIn);
    if (signedIn.statusCode() != 303 || session.isEmpty()) {
      throw new IllegalStateException(
          "console sign-in of " + username + " refused: HTTP " + signedIn.statusCode());
    }
    return session;
  }

  /** Opens a console page with the session's cookies; fails unless it answers 200 with HTML. */
  void page(String cookies, String path) {
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookies).GET());
    if (page.statusCode() != 200 || !page.body().contains("</html>")) {
      throw new IllegalStateException(path + " answered HTTP " + page.statusCode());
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The cookies a response sets, as a {@code Cookie} header sends them back. */
  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(cookie -> cookie.split(";", 2)[0])
        .filter(pair -> !pair.endsWith("="))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Posts one GraphQL document; answers {@code data}. A response with {@code errors}, or a payload
   * whose {@code errors} list is not empty, fails: the benchmark counts only requests that did what
   * they were asked.
   */
  JsonNode graphql(String token, String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    JsonNode answer = post("/graphql", token, JSON.valueToTree(body));
    if (answer.hasNonNull("errors") || !answer.hasNonNull("data")) {
      throw new IllegalStateException("GraphQL errors: " + answer);
    }
    JsonNode data = answer.get("data");
    data.forEach(
        payload -> {
          JsonNode errors = payload.get("errors");
          if (errors != null && errors.isArray() && !errors.isEmpty()) {
            throw new IllegalStateException("refused: " + errors);
          }
        });
    return data;
  }

  private JsonNode post(String path, String token, JsonNode body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered HTTP " + response.statusCode() + ": " + new String(response.body()));
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
