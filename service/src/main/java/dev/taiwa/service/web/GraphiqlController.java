package dev.taiwa.service.web;

import io.micronaut.context.annotation.Requires;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves GraphiQL with its scripts from Taiwa itself (WebJars on the classpath), so it works on
 * networks without internet access. The page has a login box that obtains a token from /login.
 * Served in development mode, and in production only when {@code taiwa.graphiql.enabled} is true
 * ({@link GraphiqlEnabled}); otherwise {@code /graphiql} is not found. Its Content-Security-Policy
 * allows Taiwa's own scripts and the page's one inline script (by its hash), and connections to
 * Taiwa only.
 */
@Controller("/graphiql")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(condition = GraphiqlEnabled.class)
final class GraphiqlController {
  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

  private final String page = load("graphiql/index.html");
  private final String policy =
      "default-src 'none'; script-src 'self' "
          + inlineScriptHashes(page)
          + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Get(produces = MediaType.TEXT_HTML + ";charset=utf-8")
  HttpResponse<String> page() {
    return HttpResponse.ok(page).header("Content-Security-Policy", policy);
  }

  static String inlineScriptHashes(String html) {
    StringBuilder hashes = new StringBuilder();
    Matcher scripts = INLINE_SCRIPT.matcher(html);
    while (scripts.find()) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(scripts.group(1).getBytes(StandardCharsets.UTF_8));
        hashes
            .append(hashes.isEmpty() ? "" : " ")
            .append("'sha256-")
            .append(Base64.getEncoder().encodeToString(digest))
            .append("'");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required by every Java platform", e);
      }
    }
    return hashes.toString();
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
