package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.application.NewUser;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import graphql.schema.GraphQLObjectType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminApiTest {
  private final ApiHarness api = new ApiHarness();
  private final Organisation company = Fixtures.anOrganisation("さくら電子株式会社");
  private final Actor admin =
      new Actor(UserId.random(), "admin", OrganisationId.random(), Set.of(Role.ADMIN));
  private final UserAccount sato =
      new UserAccount(
          UserId.random(),
          "sato",
          "佐藤 花子",
          company.id(),
          Set.of(Role.FILER, Role.AUDITOR),
          "pbkdf2-sha256$1$c2FsdA$aGFzaA",
          true,
          Instant.parse("2026-04-07T01:30:00Z"));

  AdminApiTest() {
    api.organisations.insert(company);
  }

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void theUserAccountTypeHasNoFieldThatCouldExposeAPassword() {
    GraphQLObjectType type =
        (GraphQLObjectType) api.graphQL().getGraphQLSchema().getType("UserAccount");

    assertTrue(
        type.getFieldDefinitions().stream()
            .noneMatch(
                f ->
                    f.getName().toLowerCase().contains("password")
                        || f.getName().toLowerCase().contains("hash")));
  }

  @Test
  void usersListsAccountsWithTheirOrganisationAndSortedRoles() {
    when(api.accountAdministration.users(admin, null)).thenReturn(Result.ok(List.of(sato)));

    Map<String, Object> data =
        api.execute(
                admin,
                "{ users { id username displayName enabled createdAt roles organisation { name } } }")
            .getData();

    Map<?, ?> user = (Map<?, ?>) ((List<?>) data.get("users")).get(0);
    assertEquals(sato.id().toString(), user.get("id"));
    assertEquals("sato", user.get("username"));
    assertEquals(List.of("FILER", "AUDITOR"), user.get("roles"));
    assertEquals("2026-04-07T01:30:00Z", user.get("createdAt"));
    assertEquals(Map.of("name", "さくら電子株式会社"), user.get("organisation"));
  }

  @Test
  void usersPassesTheOrganisationFilterOn() {
    when(api.accountAdministration.users(admin, company.id())).thenReturn(Result.ok(List.of()));

    api.execute(
        admin,
        "query($o: ID) { users(organisationId: $o) { id } }",
        Map.of("o", company.id().toString()));

    verify(api.accountAdministration).users(admin, company.id());
  }

  @Test
  void aRefusedUsersQueryIsAGraphqlErrorWithItsCodeAndNoData() {
    Actor filer = Fixtures.aFiler(company.id());
    when(api.accountAdministration.users(filer, null))
        .thenReturn(
            Result.refused(Optional.empty(), List.of(Rejection.of(ErrorCode.FORBIDDEN, "no"))));

    var result = api.execute(filer, "{ users { id } }");

    assertNull(result.getData());
    assertEquals("FORBIDDEN", result.getErrors().get(0).getExtensions().get("code"));
  }

  @Test
  void createUserHandsTheInputToTheUseCaseAndReturnsThePayload() {
    when(api.accountAdministration.createUser(eq(admin), any(NewUser.class)))
        .thenReturn(Result.ok(sato));

    Map<String, Object> data =
        api.execute(
                admin,
                "mutation($in: CreateUserInput!) { createUser(input: $in) {"
                    + " user { username } errors { code field } } }",
                Map.of(
                    "in",
                    Map.of(
                        "username", "sato",
                        "displayName", "佐藤 花子",
                        "organisationId", company.id().toString(),
                        "roles", List.of("FILER", "AUDITOR"),
                        "initialPassword", "a long initial secret")))
            .getData();

    assertEquals(
        Map.of("user", Map.of("username", "sato"), "errors", List.of()), data.get("createUser"));
    verify(api.accountAdministration)
        .createUser(
            admin,
            new NewUser(
                "sato",
                "佐藤 花子",
                company.id(),
                Set.of(Role.FILER, Role.AUDITOR),
                "a long initial secret"));
  }

  @Test
  void aRefusalComesBackAsTypedErrorsInThePayload() {
    when(api.accountAdministration.disableUser(admin, sato.id(), null))
        .thenReturn(
            Result.refused(
                Optional.empty(),
                List.of(Rejection.onField(ErrorCode.SELF_LOCKOUT, "id", "Not yourself."))));

    Map<String, Object> data =
        api.execute(
                admin,
                "mutation($id: ID!) { disableUser(id: $id) { user { id } errors { code field message } } }",
                Map.of("id", sato.id().toString()))
            .getData();

    Map<?, ?> payload = (Map<?, ?>) data.get("disableUser");
    assertEquals(
        List.of(Map.of("code", "SELF_LOCKOUT", "field", "id", "message", "Not yourself.")),
        payload.get("errors"));
    assertNull(payload.get("user"));
  }

  @Test
  void anIdThatIsNoUuidIsNotFoundWithoutAskingTheUseCase() {
    Map<String, Object> data =
        api.execute(
                admin,
                "mutation { assignRoles(id: \"nope\", roles: [AUDITOR]) { errors { code field } } }")
            .getData();

    assertEquals(
        Map.of("errors", List.of(Map.of("code", "NOT_FOUND", "field", "id"))),
        data.get("assignRoles"));
    verifyNoInteractions(api.accountAdministration);
  }

  @Test
  void assignRolesAndResetPasswordPassTheirArgumentsOn() {
    when(api.accountAdministration.assignRoles(admin, sato.id(), Set.of(Role.AUDITOR), 3L))
        .thenReturn(Result.ok(sato.withRoles(Set.of(Role.AUDITOR))));
    when(api.accountAdministration.resetPassword(admin, sato.id(), "a brand new secret", null))
        .thenReturn(Result.ok(sato));

    Map<String, Object> data =
        api.execute(
                admin,
                "mutation($id: ID!) { assignRoles(id: $id, roles: [AUDITOR], expectedVersion: 3) {"
                    + " user { roles } }"
                    + " resetPassword(id: $id, newPassword: \"a brand new secret\") { errors { code } } }",
                Map.of("id", sato.id().toString()))
            .getData();

    assertEquals(Map.of("user", Map.of("roles", List.of("AUDITOR"))), data.get("assignRoles"));
    assertEquals(Map.of("errors", List.of()), data.get("resetPassword"));
  }

  @Test
  void organisationsAndCreateOrganisationGoThroughTheUseCase() {
    Organisation created = Fixtures.anOrganisation("ひかり大学");
    when(api.organisationAdministration.visibleTo(admin)).thenReturn(List.of(company));
    when(api.organisationAdministration.create(
            admin, "ひかり大学", OrganisationKind.UNIVERSITY, null, null))
        .thenReturn(Result.ok(created));

    Map<String, Object> data =
        api.execute(
                admin,
                "mutation { createOrganisation(input: {name: \"ひかり大学\", kind: UNIVERSITY}) {"
                    + " organisation { id name } errors { code } } }")
            .getData();
    Map<String, Object> list = api.execute(admin, "{ organisations { name kind } }").getData();

    assertEquals(
        Map.of(
            "organisation",
            Map.of("id", created.id().toString(), "name", "ひかり大学"),
            "errors",
            List.of()),
        data.get("createOrganisation"));
    assertEquals(
        List.of(Map.of("name", "さくら電子株式会社", "kind", "COMPANY")), list.get("organisations"));
  }

  @Test
  void anonymousCallersAreRefused() {
    var result = api.execute(null, "{ organisations { name } }");

    assertEquals("UNAUTHENTICATED", result.getErrors().get(0).getExtensions().get("code"));
    verify(api.organisationAdministration, never()).visibleTo(isNull());
  }
}
