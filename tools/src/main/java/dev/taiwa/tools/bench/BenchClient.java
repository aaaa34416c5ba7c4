package dev.taiwa.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The benchmark's HTTP client: logs in and posts GraphQL documents, as any API client would. It is
 * the benchmark's load generator and runs in the benchmark's JVM, so what it costs is part of the
 * "CPU ms per execution" the benchmark prints; it is Apache HttpClient's classic (blocking) client,
 * which writes a request and reads its answer on the calling thread over a pool of kept- alive
 * HTTP/1.1 connections, one per client thread. It asks for no compression, follows no redirect and
 * keeps no cookies of its own: what a page needs is sent as a {@code Cookie} header.
 */
final class BenchClient implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ContentType APPLICATION_JSON = ContentType.create("application/json");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  /** What an answer is: its status, the cookies it sets and its body. */
  private record Answer(int status, String cookies, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final URI base;
  private final CloseableHttpClient http;

  BenchClient(URI base, int connections) {
    this.base = base;
    int pool = Math.max(2, connections);
    this.http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(pool)
                    .setMaxConnPerRoute(pool)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(10))
                            .setSocketTimeout(Timeout.ofSeconds(60))
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.ofSeconds(60))
                    .setResponseTimeout(Timeout.ofSeconds(60))
                    .build())
            .disableContentCompression()
            .disableCookieManagement()
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableAuthCaching()
            .evictIdleConnections(Timeout.of(30, TimeUnit.SECONDS))
            .build();
  }

  /** Logs {@code username} in; answers the access token. */
  String login(String username, String password) {
    JsonNode answer = post("/login", null, Map.of("username", username, "password", password));
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
    Answer form = send(new HttpGet(base.resolve("/signin")));
    Matcher token = CSRF.matcher(form.text());
    if (form.status() != 200 || !token.find()) {
      throw new IllegalStateException("/signin answered HTTP " + form.status());
    }
    String fields =
        "username="
            + encode(username)
            + "&password="
            + encode(password)
            + "&csrf="
            + encode(token.group(1));
    HttpPost post = new HttpPost(base.resolve("/signin"));
    post.setHeader("Cookie", form.cookies());
    post.setEntity(new StringEntity(fields, ContentType.APPLICATION_FORM_URLENCODED));
    Answer signedIn = send(post);
    if (signedIn.status() != 303 || signedIn.cookies().isEmpty()) {
      throw new IllegalStateException(
          "console sign-in of " + username + " refused: HTTP " + signedIn.status());
    }
    return signedIn.cookies();
  }

  /** Opens a console page with the session's cookies; fails unless it answers 200 with HTML. */
  void page(String cookies, String path) {
    HttpGet get = new HttpGet(base.resolve(path));
    get.setHeader("Cookie", cookies);
    Answer page = send(get);
    if (page.status() != 200 || !page.text().contains("</html>")) {
      throw new IllegalStateException(path + " answered HTTP " + page.status());
    }
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
    JsonNode answer = post("/graphql", token, body);
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

  @Override
  public void close() throws IOException {
    http.close();
  }

  private JsonNode post(String path, String token, Object body) {
    try {
      HttpPost post = new HttpPost(base.resolve(path));
      post.setEntity(new ByteArrayEntity(JSON.writeValueAsBytes(body), APPLICATION_JSON));
      if (token != null) {
        post.setHeader("Authorization", "Bearer " + token);
      }
      Answer answer = send(post);
      if (answer.status() != 200) {
        throw new IllegalStateException(
            path + " answered HTTP " + answer.status() + ": " + answer.text());
      }
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code request} and reads its whole answer, so that the connection is kept. */
  private Answer send(HttpUriRequestBase request) {
    try {
      return http.execute(
          request,
          (ClassicHttpResponse response) ->
              new Answer(
                  response.getCode(),
                  cookies(response.getHeaders("Set-Cookie")),
                  response.getEntity() == null
                      ? new byte[0]
                      : EntityUtils.toByteArray(response.getEntity())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cookies a response sets, as a {@code Cookie} header sends them back. */
  private static String cookies(Header[] setCookies) {
    return Arrays.stream(setCookies)
        .map(cookie -> cookie.getValue().split(";", 2)[0])
        .filter(pair -> !pair.endsWith("="))
        .collect(Collectors.joining("; "));
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
