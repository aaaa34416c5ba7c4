package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.MovableClock;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default lockout over real HTTP: 5 consecutive failures lock an account for 15 minutes. */
@MicronautTest(transactional = false)
class LoginLockoutHttpTest extends DatabaseTest {
  private final MovableClock clock = MovableClock.startingNow();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private World world;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @BeforeAll
  void setUp() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
  }

  private void failFiveTimes(String username) {
    for (int i = 1; i <= 5; i++) {
      assertEquals(401, api.loginStatus(username, "wrong password " + i));
    }
  }

  private List<String> loginSummariesOf(String username) {
    List<String> summaries = new ArrayList<>();
    auditLog.forEach(
        (AuditEvent e) -> {
          if (username.equals(e.entry().actorName()) && e.entry().action().startsWith("LOGIN_")) {
            summaries.add(e.entry().action() + " " + e.entry().summary());
          }
        });
    return summaries;
  }

  @Test
  void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilFifteenMinutesPass() {
    String name = world.user("locked-out", world.alpha, Role.FILER);

    failFiveTimes(name);

    assertEquals(401, api.loginStatus(name, World.PASSWORD));
    clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertEquals(401, api.loginStatus(name, World.PASSWORD));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(200, api.loginStatus(name, World.PASSWORD));

    List<String> summaries = loginSummariesOf(name);
    assertEquals(8, summaries.size(), summaries::toString);
    assertTrue(summaries.get(4).contains("5 of 5") && summaries.get(4).contains("locked until"));
    assertTrue(summaries.get(5).startsWith("LOGIN_FAILED") && summaries.get(5).contains("LOCKED"));
    assertTrue(summaries.get(7).startsWith("LOGIN_SUCCEEDED"), summaries.get(7));
  }

  @Test
  void aSuccessBeforeTheFifthFailureResetsTheCount() {
    String name = world.user("careless", world.alpha, Role.FILER);
    for (int i = 1; i <= 4; i++) {
      api.loginStatus(name, "wrong password " + i);
    }

    assertEquals(200, api.loginStatus(name, World.PASSWORD));
    for (int i = 1; i <= 4; i++) {
      api.loginStatus(name, "wrong again " + i);
    }

    assertEquals(200, api.loginStatus(name, World.PASSWORD));
  }

  @Test
  void oneAccountsLockDoesNotLockAnother() {
    String victim = world.user("victim", world.alpha, Role.FILER);
    String bystander = world.user("bystander", world.alpha, Role.FILER);

    failFiveTimes(victim);

    assertEquals(200, api.loginStatus(bystander, World.PASSWORD));
  }
}
