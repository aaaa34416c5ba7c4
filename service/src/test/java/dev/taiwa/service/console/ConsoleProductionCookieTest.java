package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In production mode the console's cookies are Secure: a browser sends them over HTTPS only. */
class ConsoleProductionCookieTest {
  @Test
  void productionMarksTheConsoleCookiesSecure() {
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    properties.put("taiwa.deadlines.sweep.enabled", false);
    properties.put("taiwa.mode", "production");
    properties.put("taiwa.content-key.current", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    properties.put(
        "micronaut.security.token.jwt.signatures.secret.generator.secret",
        "a-production-secret-of-at-least-32-characters!");
    properties.put(
        "micronaut.security.token.jwt.generator.refresh-token.secret",
        "another-production-secret-for-refresh-tokens");
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        ConsoleBrowser browser = new ConsoleBrowser(server.getURL())) {
      ApplicationContext context = server.getApplicationContext();
      World world =
          new World(
              context.getBean(Organisations.class),
              context.getBean(UserAccounts.class),
              context.getBean(PasswordHasher.class));
      String filer = world.user("p-alpha-filer", world.alpha, Role.FILER);

      ConsoleBrowser.Page form = browser.get("/signin");
      ConsoleBrowser.Page signedIn = browser.signIn(filer, World.PASSWORD);

      assertTrue(
          form.setCookie(ConsoleCookies.SIGN_IN).orElseThrow().toLowerCase().contains("secure"));
      assertEquals(303, signedIn.status(), signedIn.html());
      String session = signedIn.setCookie(ConsoleCookies.SESSION).orElseThrow().toLowerCase();
      assertTrue(session.contains("secure"), session);
      assertTrue(session.contains("httponly"), session);
      assertTrue(session.contains("samesite=strict"), session);
    }
  }
}
