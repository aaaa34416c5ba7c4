package dev.taiwa.service.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves GraphiQL with its scripts from Taiwa itself (WebJars on the classpath), so it works on
 * networks without internet access. The page has a login box that obtains a token from /login.
 */
@Controller("/graphiql")
@Secured(SecurityRule.IS_ANONYMOUS)
final class GraphiqlController {
  private final String page = load("graphiql/index.html");

  @Get(produces = MediaType.TEXT_HTML + ";charset=utf-8")
  HttpResponse<String> page() {
    return HttpResponse.ok(page);
  }

  private static String load(String resource) {
    try (InputStream in = GraphiqlController.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
