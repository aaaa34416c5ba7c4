package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.ApiClient.RefreshAnswer;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's account administration over real HTTP: an administrator creates, disables, enables
 * accounts, resets passwords and assigns roles; the changes bite at once on tokens, logins and
 * refresh tokens; every login attempt is in the audit log.
 */
@MicronautTest(transactional = false)
class AccountAdministrationHttpTest extends DatabaseTest {
  private static final String USER = "user { id username roles enabled organisation { name } }";
  private static final String ERRORS = "errors { code field message }";
  private static final String CREATE_USER =
      "mutation($in: CreateUserInput!) { createUser(input: $in) { " + USER + " " + ERRORS + " } }";
  private static final String DISABLE =
      "mutation($id: ID!) { disableUser(id: $id) { " + USER + " " + ERRORS + " } }";
  private static final String ENABLE =
      "mutation($id: ID!) { enableUser(id: $id) { " + USER + " " + ERRORS + " } }";
  private static final String RESET =
      "mutation($id: ID!, $pw: String!) { resetPassword(id: $id, newPassword: $pw) { "
          + USER
          + " "
          + ERRORS
          + " } }";
  private static final String ASSIGN =
      "mutation($id: ID!, $roles: [Role!]!) { assignRoles(id: $id, roles: $roles) { "
          + USER
          + " "
          + ERRORS
          + " } }";
  private static final String CREATE_ORGANISATION =
      "mutation($in: CreateOrganisationInput!) { createOrganisation(input: $in) {"
          + " organisation { id name kind } "
          + ERRORS
          + " } }";
  private static final String ME = "{ me { username roles organisation { name } } }";
  private static final String INITIAL_PASSWORD = "initial password 123";

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private World world;
  private String adminToken;
  private String filerToken;

  @BeforeAll
  void logIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    adminToken = api.login(world.user("root", world.meti, Role.ADMIN), World.PASSWORD);
    filerToken = api.login(world.user("alpha-filer", world.alpha, Role.FILER), World.PASSWORD);
  }

  /** Creates an account through the API and returns its id; its password is INITIAL_PASSWORD. */
  private String createdUser(String username, Role... roles) {
    GraphQLResponse created =
        api.graphql(
            adminToken,
            CREATE_USER,
            Map.of(
                "in",
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "新規 利用者",
                    "organisationId",
                    world.alpha.id().toString(),
                    "roles",
                    List.of(roles).stream().map(Enum::name).toList(),
                    "initialPassword",
                    INITIAL_PASSWORD)));
    assertEquals(List.of(), created.at("createUser.errors"), () -> created.body().toString());
    return created.at("createUser.user.id");
  }

  private static String uniqueName() {
    return "user-" + NAMES.incrementAndGet();
  }

  private List<AuditEvent> auditEvents() {
    List<AuditEvent> events = new ArrayList<>();
    auditLog.forEach(events::add);
    return events;
  }

  private static String firstErrorCode(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertTrue(errors != null && !errors.isEmpty(), () -> "expected errors: " + response.body());
    return (String) errors.get(0).get("code");
  }

  @Test
  void anAdministratorCreatesAUserWhoCanLogInAndSeeItsRoles() {
    String name = uniqueName();
    String id = createdUser(name, Role.FILER, Role.AUDITOR);

    String token = api.login(name, INITIAL_PASSWORD);
    GraphQLResponse me = api.graphql(token, ME);

    assertNotNull(id);
    assertEquals(name, me.at("me.username"));
    assertEquals(List.of("FILER", "AUDITOR"), me.at("me.roles"));
    assertEquals("アルファ電材株式会社", me.at("me.organisation.name"));
    AuditEvent created =
        auditEvents().stream()
            .filter(e -> e.entry().action().equals("USER_CREATED"))
            .filter(e -> e.entry().summary().contains("'" + name + "'"))
            .findFirst()
            .orElseThrow();
    assertEquals("root", created.entry().actorName());
    assertTrue(!created.entry().summary().contains(INITIAL_PASSWORD));
  }

  @Test
  void theUsersQueryListsAccountsWithoutAnyPasswordHash() {
    String name = uniqueName();
    createdUser(name, Role.FILER);

    GraphQLResponse list =
        api.graphql(
            adminToken,
            "query($o: ID) { users(organisationId: $o) { username enabled roles } }",
            Map.of("o", world.alpha.id().toString()));

    List<Map<String, Object>> listed = list.at("users");
    assertTrue(listed.stream().anyMatch(u -> name.equals(u.get("username"))));
    assertTrue(listed.stream().noneMatch(u -> "root".equals(u.get("username"))));
    assertTrue(!list.body().toString().contains("pbkdf2"));
  }

  @Test
  void aNonAdministratorIsForbiddenEveryAdministrativeCommand() {
    String target = createdUser(uniqueName(), Role.FILER);
    Map<String, Object> newUser =
        Map.of(
            "username", uniqueName(),
            "displayName", "x",
            "organisationId", world.alpha.id().toString(),
            "roles", List.of("ADMIN"),
            "initialPassword", INITIAL_PASSWORD);

    assertEquals(
        "FORBIDDEN",
        firstErrorCode(api.graphql(filerToken, CREATE_USER, Map.of("in", newUser)), "createUser"));
    assertEquals(
        "FORBIDDEN",
        firstErrorCode(api.graphql(filerToken, DISABLE, Map.of("id", target)), "disableUser"));
    assertEquals(
        "FORBIDDEN",
        firstErrorCode(api.graphql(filerToken, ENABLE, Map.of("id", target)), "enableUser"));
    assertEquals(
        "FORBIDDEN",
        firstErrorCode(
            api.graphql(filerToken, RESET, Map.of("id", target, "pw", "mine now, all mine")),
            "resetPassword"));
    assertEquals(
        "FORBIDDEN",
        firstErrorCode(
            api.graphql(filerToken, ASSIGN, Map.of("id", target, "roles", List.of("ADMIN"))),
            "assignRoles"));
    assertEquals(
        "FORBIDDEN",
        firstErrorCode(
            api.graphql(
                filerToken,
                CREATE_ORGANISATION,
                Map.of("in", Map.of("name", "偽物株式会社", "kind", "COMPANY"))),
            "createOrganisation"));
    GraphQLResponse users = api.graphql(filerToken, "{ users { username } }");
    assertEquals("FORBIDDEN", ((Map<?, ?>) users.errors().get(0).get("extensions")).get("code"));
    assertEquals(List.of("FILER"), api.graphql(filerToken, ME).at("me.roles"));
  }

  @Test
  void disablingAUserStopsItsTokenAtOnceAndItsLogin() {
    String name = uniqueName();
    String id = createdUser(name, Role.FILER);
    String token = api.login(name, INITIAL_PASSWORD);
    assertEquals(200, api.graphqlStatus(token, ME));

    GraphQLResponse disabled = api.graphql(adminToken, DISABLE, Map.of("id", id));

    assertEquals(List.of(), disabled.at("disableUser.errors"));
    assertEquals(false, disabled.at("disableUser.user.enabled"));
    assertEquals(401, api.graphqlStatus(token, ME));
    assertEquals(401, api.loginStatus(name, INITIAL_PASSWORD));

    GraphQLResponse enabled = api.graphql(adminToken, ENABLE, Map.of("id", id));
    assertEquals(true, enabled.at("enableUser.user.enabled"));
    assertEquals(200, api.loginStatus(name, INITIAL_PASSWORD));
  }

  @Test
  void anAdministratorCannotDisableItself() {
    String rootId = users.findByUsername("root").orElseThrow().id().toString();

    GraphQLResponse refused = api.graphql(adminToken, DISABLE, Map.of("id", rootId));

    assertEquals("SELF_LOCKOUT", firstErrorCode(refused, "disableUser"));
    assertEquals(200, api.graphqlStatus(adminToken, ME));
  }

  @Test
  void afterAPasswordResetTheOldPasswordFailsAndTheNewOneWorks() {
    String name = uniqueName();
    String id = createdUser(name, Role.FILER);

    GraphQLResponse reset =
        api.graphql(adminToken, RESET, Map.of("id", id, "pw", "a completely new password"));

    assertEquals(List.of(), reset.at("resetPassword.errors"));
    assertEquals(401, api.loginStatus(name, INITIAL_PASSWORD));
    assertEquals(200, api.loginStatus(name, "a completely new password"));
    GraphQLResponse tooShort = api.graphql(adminToken, RESET, Map.of("id", id, "pw", "short"));
    assertEquals("INVALID_VALUE", firstErrorCode(tooShort, "resetPassword"));
  }

  @Test
  void assignedRolesEndTheOldTokensAndTakeEffectAtTheNextLogin() {
    String name = uniqueName();
    String id = createdUser(name, Role.FILER);
    String token = api.login(name, INITIAL_PASSWORD);
    assertEquals(List.of("FILER"), api.graphql(token, ME).at("me.roles"));

    GraphQLResponse assigned =
        api.graphql(
            adminToken, ASSIGN, Map.of("id", id, "roles", List.of("DIALOGUE_OFFICER", "AUDITOR")));

    assertEquals(List.of(), assigned.at("assignRoles.errors"));
    assertEquals(401, api.graphqlStatus(token, ME), "the token from before the change is dead");
    String again = api.login(name, INITIAL_PASSWORD);
    assertEquals(List.of("DIALOGUE_OFFICER", "AUDITOR"), api.graphql(again, ME).at("me.roles"));
  }

  @Test
  void createUserRefusesBadInputWithTypedErrors() {
    createdUser("taken-name", Role.FILER);
    Map<String, Object> input =
        Map.of(
            "username",
            "taken-name",
            "displayName",
            "x",
            "organisationId",
            world.alpha.id().toString(),
            "roles",
            List.of("FILER"),
            "initialPassword",
            INITIAL_PASSWORD);

    GraphQLResponse duplicate = api.graphql(adminToken, CREATE_USER, Map.of("in", input));
    GraphQLResponse invalid =
        api.graphql(
            adminToken,
            CREATE_USER,
            Map.of(
                "in",
                Map.of(
                    "username", "Bad Name",
                    "displayName", "x",
                    "organisationId", UUID.randomUUID().toString(),
                    "roles", List.of("FILER"),
                    "initialPassword", "short")));

    assertEquals("DUPLICATE", firstErrorCode(duplicate, "createUser"));
    assertNull(duplicate.at("createUser.user"));
    List<Map<String, Object>> errors = invalid.at("createUser.errors");
    assertNotNull(errors, () -> invalid.body().toString());
    assertEquals(
        List.of("INVALID_VALUE", "NOT_FOUND", "INVALID_VALUE"),
        errors.stream().map(e -> e.get("code")).toList());
  }

  @Test
  void organisationsAreCreatedByAdministratorsAndAFilerSeesOnlyItsOwn() {
    GraphQLResponse created =
        api.graphql(
            adminToken,
            CREATE_ORGANISATION,
            Map.of("in", Map.of("name", "ひかり大学", "kind", "UNIVERSITY")));
    assertEquals(List.of(), created.at("createOrganisation.errors"));
    assertEquals("UNIVERSITY", created.at("createOrganisation.organisation.kind"));

    List<Map<String, Object>> all =
        api.graphql(adminToken, "{ organisations { name } }").at("organisations");
    List<Map<String, Object>> own =
        api.graphql(filerToken, "{ organisations { name } }").at("organisations");

    assertTrue(all.stream().anyMatch(o -> o.get("name").equals("ひかり大学")));
    assertTrue(all.size() >= 4);
    assertEquals(List.of(Map.of("name", "アルファ電材株式会社")), own);
  }

  @Test
  void everyLoginAttemptIsAuditedWithoutThePassword() {
    String name = uniqueName();
    createdUser(name, Role.FILER);
    String typedUnknown = "nobody-" + "z".repeat(80);

    api.loginStatus(name, "wrong password here");
    api.login(name, INITIAL_PASSWORD);
    api.loginStatus(typedUnknown, "whatever it is");

    List<AuditEvent> events = auditEvents();
    List<AuditEvent> mine =
        events.stream().filter(e -> name.equals(e.entry().actorName())).toList();
    assertTrue(
        mine.stream()
            .anyMatch(
                e ->
                    e.entry().action().equals("LOGIN_FAILED")
                        && e.entry().outcome() == AuditOutcome.REJECTED
                        && e.entry().summary().contains("WRONG_PASSWORD")));
    assertTrue(
        mine.stream()
            .anyMatch(
                e ->
                    e.entry().action().equals("LOGIN_SUCCEEDED")
                        && e.entry().outcome() == AuditOutcome.ACCEPTED));
    AuditEvent unknown =
        events.stream()
            .filter(e -> e.entry().summary().contains("UNKNOWN_USER"))
            .filter(e -> e.entry().actorName().startsWith("nobody-"))
            .findFirst()
            .orElseThrow();
    assertEquals(typedUnknown.substring(0, 64), unknown.entry().actorName());
    assertNull(unknown.entry().actorId());
    assertTrue(
        events.stream()
            .noneMatch(
                e ->
                    e.entry().summary().contains("wrong password here")
                        || e.entry().summary().contains(INITIAL_PASSWORD)));
  }

  @Test
  void aRefreshTokenYieldsANewAccessTokenUntilTheUserIsDisabled() {
    String name = uniqueName();
    String id = createdUser(name, Role.FILER);
    Map<String, Object> login = api.loginResponse(name, INITIAL_PASSWORD);
    String refreshToken = (String) login.get("refresh_token");
    assertNotNull(refreshToken, () -> "login answers a refresh token: " + login.keySet());

    RefreshAnswer refreshed = api.refresh(refreshToken);

    assertEquals(200, refreshed.status());
    assertNotNull(refreshed.accessToken());
    assertEquals(name, api.graphql(refreshed.accessToken(), ME).at("me.username"));

    api.graphql(adminToken, DISABLE, Map.of("id", id));
    RefreshAnswer refused = api.refresh(refreshToken);

    assertNotEquals(200, refused.status());
    assertNull(refused.accessToken());
  }

  @Test
  void aPasswordResetRevokesTheRefreshTokensIssuedBefore() {
    String name = uniqueName();
    String id = createdUser(name, Role.FILER);
    String refreshToken = (String) api.loginResponse(name, INITIAL_PASSWORD).get("refresh_token");

    api.graphql(adminToken, RESET, Map.of("id", id, "pw", "a completely new password"));

    assertNotEquals(200, api.refresh(refreshToken).status());
    String fresh =
        (String) api.loginResponse(name, "a completely new password").get("refresh_token");
    assertEquals(200, api.refresh(fresh).status());
  }

  @Test
  void aForgedRefreshTokenIsRefused() {
    assertNotEquals(200, api.refresh("not.a.token").status());
  }
}
