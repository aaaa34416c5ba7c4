package dev.taiwa.service.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP as a client on the wire sends it, bytes and headers exactly as given (Micronaut's client
 * would refuse or fix up malformed requests), for tests of how Taiwa answers them.
 */
public final class RawHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public RawHttp(String base) {
    this.base = base;
  }

  /** One answer: status, headers (lower-case names) and body as text. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as JSON (an object), or fails. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
      try {
        return JSON.readValue(body, Map.class);
      } catch (IOException e) {
        throw new AssertionError("not a JSON object: " + body, e);
      }
    }

    /** {@code errors[0].extensions.code} of a GraphQL-format body, or null. */
    @SuppressWarnings("unchecked")
    public Object errorCode() {
      try {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) json().get("errors");
        return ((Map<String, Object>) errors.get(0).get("extensions")).get("code");
      } catch (RuntimeException | AssertionError e) {
        return null;
      }
    }
  }

  public Answer send(String method, String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    headers.forEach(request::header);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      Map<String, List<String>> names = new LinkedHashMap<>();
      response
          .headers()
          .map()
          .forEach((name, values) -> names.put(name.toLowerCase(java.util.Locale.ROOT), values));
      return new Answer(
          response.statusCode(),
          names,
          new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  /** POST of {@code value} written as JSON. */
  public Answer postJson(String path, Map<String, String> headers, Object value) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/json");
    try {
      return send("POST", path, all, JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs in; the whole token answer. */
  public Answer login(String username, String password) {
    return postJson("/login", Map.of(), Map.of("username", username, "password", password));
  }

  /** A GraphQL request with a bearer token (null: none). */
  public Answer graphql(String token, String query, Map<String, Object> variables) {
    return postJson(
        "/graphql",
        token == null ? Map.of() : Map.of("Authorization", "Bearer " + token),
        Map.of("query", query, "variables", variables));
  }

  /** Exchanges a refresh token at /oauth/access_token. */
  public Answer refresh(String refreshToken) {
    return postJson(
        "/oauth/access_token",
        Map.of(),
        Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
  }
}
