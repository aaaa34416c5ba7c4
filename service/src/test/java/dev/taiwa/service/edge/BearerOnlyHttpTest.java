package dev.taiwa.service.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The API takes bearer tokens only: HTTP Basic credentials, right or wrong, are not looked at (no
 * password hashed, no login audited), and a 401 challenges {@code Bearer}, so browsers never show a
 * password box.
 */
@MicronautTest(transactional = false)
class BearerOnlyHttpTest extends DatabaseTest {
  @Inject EmbeddedServer server;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  @Test
  void theRightPasswordOverBasicIsRefusedUnauditedWithABearerChallenge() {
    World world = new World(organisations, users, hasher);
    world.user("basic-user", world.alpha, Role.FILER);
    String basic =
        "Basic " + Base64.getEncoder().encodeToString(("basic-user:" + World.PASSWORD).getBytes());
    WireClient wire = new WireClient(server.getHost(), server.getPort());

    WireClient.Reply reply =
        wire.send(
            "POST",
            "/graphql",
            Map.of("Content-Type", "application/json", "Authorization", basic),
            "{\"query\": \"{ me { username } }\"}".getBytes());

    assertEquals(401, reply.status(), reply.body());
    assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.head());
    AtomicInteger logins = new AtomicInteger();
    auditLog.forEach(
        e -> {
          if ("basic-user".equals(e.entry().actorName())) {
            logins.incrementAndGet();
          }
        });
    assertEquals(0, logins.get(), "no login was attempted or audited");
  }

  @Test
  void anAnonymousRequestIsChallengedForABearerToken() {
    WireClient wire = new WireClient(server.getHost(), server.getPort());

    WireClient.Reply reply =
        wire.send(
            "POST",
            "/graphql",
            Map.of("Content-Type", "application/json"),
            "{\"query\": \"{ me { username } }\"}".getBytes());

    assertEquals(401, reply.status());
    assertEquals("Bearer realm=\"taiwa\"", reply.header("WWW-Authenticate"));
    assertEquals(
        "UNAUTHENTICATED",
        reply.body().contains("UNAUTHENTICATED") ? "UNAUTHENTICATED" : reply.body());
  }
}
