package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.service.http.World;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser reduced to what the console's tests need: it keeps the cookies it is given, follows no
 * redirect (the tests look at each), and posts forms as a browser does.
 */
final class ConsoleBrowser implements AutoCloseable {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

  private final HttpClient client;
  private final String origin;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  ConsoleBrowser(URL server) {
    this(server, null);
  }

  /** A browser that waits up to {@code readTimeout} for an answer (null: the client's default). */
  ConsoleBrowser(URL server, java.time.Duration readTimeout) {
    DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
    configuration.setFollowRedirects(false);
    if (readTimeout != null) {
      configuration.setReadTimeout(readTimeout);
    }
    this.client = HttpClient.create(server, configuration);
    this.origin = server.getProtocol() + "://" + server.getHost() + ":" + server.getPort();
  }

  /** An answer: status, headers as sent, and the page. */
  record Page(
      int status,
      String location,
      String csp,
      String referrerPolicy,
      List<String> setCookies,
      String html) {
    String csrf() {
      Matcher matcher = CSRF.matcher(html);
      return matcher.find() ? matcher.group(1) : null;
    }

    Optional<String> setCookie(String name) {
      return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }
  }

  Page get(String path) {
    return send(HttpRequest.GET(path));
  }

  /** A browser signed in as {@code username} with the test world's password. */
  static ConsoleBrowser signedIn(URL server, String username) {
    ConsoleBrowser browser = new ConsoleBrowser(server);
    assertEquals(303, browser.signIn(username, World.PASSWORD).status(), username + " signs in");
    return browser;
  }

  /**
   * Posts {@code fields} to the form {@code action} of {@code page} (at {@code page/action}) with
   * the session's form token, read from the page as a browser would.
   */
  Page submit(String page, String action, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", get(page).csrf());
    return post(page + "/" + action, form);
  }

  Page post(String path, Map<String, String> form) {
    // As a browser posts a form: with the page's origin.
    return send(
        HttpRequest.POST(path, form)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("Origin", origin));
  }

  /** Posts a form with one file, as a browser posts {@code enctype="multipart/form-data"}. */
  Page upload(String path, Map<String, String> fields, String fileName, byte[] content) {
    MultipartBody.Builder body = MultipartBody.builder();
    fields.forEach(body::addPart);
    body.addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content);
    return send(
        HttpRequest.POST(path, body.build())
            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
            .header("Origin", origin));
  }

  /** Signs in through the form as a person would: load it, fill it in, post it. */
  Page signIn(String username, String password) {
    Page form = get("/signin");
    return post("/signin", Map.of("username", username, "password", password, "csrf", form.csrf()));
  }

  /** A file as sent: status, content type and the bytes. */
  record Download(int status, String contentType, byte[] body) {}

  /** Downloads a file with the session's cookies, as a browser follows a download link. */
  Download download(String path) {
    MutableHttpRequest<?> request = HttpRequest.GET(path);
    sendCookies(request);
    HttpResponse<byte[]> response;
    try {
      response = client.toBlocking().exchange(request, byte[].class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<byte[]> failed = (HttpResponse<byte[]>) e.getResponse();
      response = failed;
    }
    return new Download(
        response.code(),
        response.getHeaders().get("Content-Type"),
        response.getBody(byte[].class).orElse(new byte[0]));
  }

  Map<String, String> cookies() {
    return cookies;
  }

  private void sendCookies(MutableHttpRequest<?> request) {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (name, value) ->
              header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
      request.header("Cookie", header.toString());
    }
  }

  private Page send(MutableHttpRequest<?> request) {
    sendCookies(request);
    HttpResponse<String> response;
    try {
      response = client.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
      response = failed;
    }
    List<String> setCookies = response.getHeaders().getAll("Set-Cookie");
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      String name = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    String html = response.getBody(String.class).orElse("");
    return new Page(
        response.code(),
        response.getHeaders().get("Location"),
        response.getHeaders().get("Content-Security-Policy"),
        response.getHeaders().get("Referrer-Policy"),
        setCookies,
        html);
  }

  @Override
  public void close() {
    client.close();
  }
}
