package dev.taiwa.service.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.demo.DemoDirectory;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Production mode refuses to start with the development JWT secret, the development content key or
 * usable demo users.
 */
class ProductionGuardTest {
  private static final String STRONG_SECRET = "a-production-secret-of-at-least-32-characters!";
  private static final String STRONG_CONTENT_KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho=";

  @Test
  void productionRefusesTheDefaultJwtSecret() {
    Map<String, Object> production = production(TestDatabase.freshProperties());
    production.remove("micronaut.security.token.jwt.signatures.secret.generator.secret");

    Throwable failure = assertThrows(Throwable.class, () -> ApplicationContext.run(production));

    assertTrue(messages(failure).contains("TAIWA_JWT_SECRET"), messages(failure));
  }

  @Test
  void productionRefusesADemoUserThatCanStillLogIn() {
    Map<String, String> database = TestDatabase.freshProperties();
    try (ApplicationContext development = ApplicationContext.run(new HashMap<>(database))) {
      Organisations organisations = development.getBean(Organisations.class);
      Organisation meti =
          new Organisation(OrganisationId.random(), "経済産業省", OrganisationKind.GOVERNMENT);
      organisations.insert(meti);
      development
          .getBean(UserAccounts.class)
          .insert(
              new UserAccount(
                  UserId.random(),
                  "officer",
                  "demo officer",
                  meti.id(),
                  Set.of(Role.DIALOGUE_OFFICER),
                  development.getBean(PasswordHasher.class).hash(DemoDirectory.PASSWORD),
                  true,
                  Instant.now()));
    }

    Throwable failure =
        assertThrows(Throwable.class, () -> ApplicationContext.run(production(database)));

    assertTrue(messages(failure).contains("[officer]"), messages(failure));
  }

  @Test
  void productionRefusesTheDevelopmentContentKey() {
    Map<String, Object> production = production(TestDatabase.freshProperties());
    production.remove("taiwa.content-key.current");

    Throwable failure = assertThrows(Throwable.class, () -> ApplicationContext.run(production));

    assertTrue(messages(failure).contains("TAIWA_CONTENT_KEY"), messages(failure));
  }

  @Test
  void productionStartsWithAStrongSecretAndNoDemoUsers() {
    assertDoesNotThrow(
        () -> ApplicationContext.run(production(TestDatabase.freshProperties())).close());
  }

  private static Map<String, Object> production(Map<String, String> database) {
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("taiwa.mode", "production");
    properties.put(
        "micronaut.security.token.jwt.signatures.secret.generator.secret", STRONG_SECRET);
    properties.put(
        "micronaut.security.token.jwt.generator.refresh-token.secret",
        "another-production-secret-for-refresh-tokens");
    properties.put("taiwa.content-key.current", STRONG_CONTENT_KEY);
    return properties;
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
