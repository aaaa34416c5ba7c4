package dev.taiwa.service.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.service.testsupport.ServiceProcess;
import dev.taiwa.service.testsupport.TestDatabase;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A start-up the operator must fix is refused with one clear line on standard error, no stack
 * trace, exit status 1, before anything is created: a mistyped mode never silently means
 * development (its default secrets, its demo users), and production never shares one secret between
 * access and refresh tokens.
 */
class StartupRefusalTest {
  /** A content key of production's own (base64 of 32 bytes). */
  private static final String CONTENT_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  private static final String SECRET = "one-secret-for-both-kinds-of-token-0123456789";

  @BeforeAll
  static void onceForBothDatabases() {
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "runs in the SQLite execution only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PRODUCTION", "prod", "Production ", "staging"})
  void aMistypedModeRefusesToStart(String mode) throws Exception {
    try (ServiceProcess service =
        ServiceProcess.start(Map.of("TAIWA_MODE", mode, "TAIWA_DEMO_DATA", "true"))) {
      assertFalse(service.isRunning() && !exited(service), "must not start: " + service.stdout());
      assertEquals(1, service.awaitExit());
      assertOneClearLine(service, "TAIWA_MODE");
      assertTrue(service.stderr().contains("'" + mode + "'"), service.stderr());
      assertFalse(
          Files.exists(service.directory().resolve("taiwa-data").resolve("taiwa.db"))
              && service.stdout().contains("DEMO users"),
          "no demo users were created");
    }
  }

  @Test
  void productionRefusesOneSecretForAccessAndRefreshTokens() throws Exception {
    try (ServiceProcess service =
        ServiceProcess.start(
            Map.of(
                "TAIWA_MODE", "production",
                "TAIWA_JWT_SECRET", SECRET,
                "TAIWA_REFRESH_SECRET", SECRET,
                "TAIWA_CONTENT_KEY", CONTENT_KEY))) {
      assertFalse(service.isRunning() && !exited(service), "must not start: " + service.stdout());
      assertEquals(1, service.awaitExit());
      assertOneClearLine(service, "TAIWA_REFRESH_SECRET");
      assertTrue(service.stderr().contains("TAIWA_JWT_SECRET"), service.stderr());
    }
  }

  @Test
  void productionStartsWithTwoSecretsOfItsOwn() {
    try (ServiceProcess service =
        ServiceProcess.start(
            Map.of(
                "TAIWA_MODE",
                "production",
                "TAIWA_JWT_SECRET",
                SECRET,
                "TAIWA_REFRESH_SECRET",
                SECRET + "-refresh",
                "TAIWA_CONTENT_KEY",
                CONTENT_KEY))) {
      assertTrue(service.isRunning(), service.stdout() + service.stderr());
    }
  }

  /** Standard error holds exactly one line, naming {@code variable}; no stack trace anywhere. */
  private static void assertOneClearLine(ServiceProcess service, String variable) {
    String err = service.stderr().strip();
    assertEquals(1, err.lines().count(), "one line on stderr:\n" + err);
    assertTrue(err.contains(variable), err);
    assertFalse(service.stdout().contains("\tat "), "no stack trace:\n" + service.stdout());
    assertFalse(service.stdout().contains("ERROR"), "no error log:\n" + service.stdout());
  }

  /** Gives a refusing process a moment to exit after it logged its start. */
  private static boolean exited(ServiceProcess service) throws InterruptedException {
    for (int i = 0; i < 50 && service.isRunning(); i++) {
      Thread.sleep(100);
    }
    return !service.isRunning();
  }
}
