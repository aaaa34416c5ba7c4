package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.application.GrantAccess;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AccessGrantApiTest {
  private static final String GRANT_FIELDS =
      "id granteeId caseId reason expiresAt active breakGlass reviewed revokedAt";
  private final ApiHarness api = new ApiHarness();
  private final Actor reviewer =
      new Actor(
          UserId.random(), "reviewer", OrganisationId.random(), Set.of(Role.SECURITY_REVIEWER));
  private final Instant now = ApiHarness.CLOCK.instant();
  private final AccessGrant grant =
      AccessGrant.granted(
          UserId.random(),
          CaseId.random(),
          "Second opinion on the claims",
          reviewer.userId(),
          now.minus(Duration.ofDays(1)),
          now.plus(Duration.ofDays(7)),
          false);

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void grantAccessPassesTheInputToTheCommandAndAnswersTheGrant() {
    when(api.grantCommands.grant(any(), any())).thenReturn(Result.ok(grant));

    Map<String, Object> data =
        api.execute(
                reviewer,
                "mutation($in: GrantAccessInput!) { grantAccess(input: $in) { grant { "
                    + GRANT_FIELDS
                    + " } errors { code } } }",
                Map.of(
                    "in",
                    Map.of(
                        "granteeId", grant.grantee().toString(),
                        "caseId", grant.caseId().toString(),
                        "reason", grant.reason(),
                        "expiresAt", grant.expiresAt().toString())))
            .getData();

    ArgumentCaptor<GrantAccess> command = ArgumentCaptor.forClass(GrantAccess.class);
    verify(api.grantCommands).grant(eq(reviewer), command.capture());
    assertEquals(
        new GrantAccess(grant.grantee(), grant.caseId(), grant.reason(), grant.expiresAt()),
        command.getValue());
    Map<?, ?> payload = (Map<?, ?>) data.get("grantAccess");
    Map<?, ?> shown = (Map<?, ?>) payload.get("grant");
    assertEquals(grant.id().toString(), shown.get("id"));
    assertEquals(true, shown.get("active"));
    assertEquals(false, shown.get("reviewed"));
    assertNull(shown.get("revokedAt"));
    assertEquals(List.of(), payload.get("errors"));
  }

  @Test
  void anIdThatIsNoUuidIsNotFoundOnItsFieldWithoutCallingTheCommand() {
    Map<String, Object> data =
        api.execute(
                reviewer,
                "mutation { revokeAccess(grantId: \"nope\", reason: \"x\") {"
                    + " grant { id } errors { code field } } }")
            .getData();

    Map<?, ?> payload = (Map<?, ?>) data.get("revokeAccess");
    assertNull(payload.get("grant"));
    assertEquals(List.of(Map.of("code", "NOT_FOUND", "field", "grantId")), payload.get("errors"));
    verifyNoInteractions(api.grantCommands);
  }

  @Test
  void aRefusedReadOfTheReviewQueueIsAGraphqlErrorWithItsCode() {
    when(api.grantQueries.breakGlassReviewQueue(any()))
        .thenReturn(
            Result.refused(Optional.empty(), List.of(Rejection.of(ErrorCode.FORBIDDEN, "no"))));

    Map<String, Object> response = api.response(reviewer, "{ breakGlassReviewQueue { id } }");

    List<?> errors = (List<?>) response.get("errors");
    assertEquals(1, errors.size());
    Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) errors.get(0)).get("extensions");
    assertEquals("FORBIDDEN", extensions.get("code"));
  }
}
