package dev.taiwa.service.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GraphiQL and everything it loads come from Taiwa itself; health answers without a login. */
@MicronautTest(transactional = false)
class OfflineUiHttpTest extends DatabaseTest {
  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

  @Inject
  @Client("/")
  HttpClient http;

  @Test
  void graphiqlIsServedWithEveryAssetFromTaiwaItself() {
    HttpResponse<String> page =
        http.toBlocking().exchange(HttpRequest.GET("/graphiql"), String.class);

    assertEquals(200, page.code());
    assertTrue(page.getContentType().orElseThrow().toString().contains("charset=utf-8"));
    String html = page.body();
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertTrue(!html.contains("http://") && !html.contains("https://"), "no external URL");
    Matcher assets = ASSET.matcher(html);
    List<String> paths = assets.results().map(m -> m.group(1)).toList();
    assertEquals(4, paths.size(), "react, react-dom, graphiql script and stylesheet: " + paths);
    for (String path : paths) {
      HttpResponse<String> asset = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
      assertEquals(200, asset.code(), path);
      assertTrue(asset.body().length() > 1000, path + " is a real bundle");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void healthAnswersUpWithoutALogin() {
    Map<String, Object> health = http.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);

    assertEquals("UP", health.get("status"));
  }
}
