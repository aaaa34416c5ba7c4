package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditEventId;
import dev.taiwa.cases.audit.AuditHash;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditTrailQueryTest {
  private static final String FIELDS =
      "{ id sequence occurredAt actorId actorName actorOrganisationId caseId action outcome summary"
          + " previousHash hash }";

  private final ApiHarness api = new ApiHarness();
  private final Actor caller = Fixtures.aFiler(OrganisationId.random());
  private final CaseId caseId = CaseId.random();

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void anAllowedCallerSeesTheCasesEventsOldestFirst() {
    AuditEntry entry =
        new AuditEntry(
            Instant.parse("2026-04-07T01:30:00Z"),
            caller.userId(),
            "filer",
            caller.organisationId(),
            caseId,
            "PRE_REPORT_SUBMITTED",
            AuditOutcome.ACCEPTED,
            "Submitted PR-2026-000001");
    String hash = AuditHash.of(1, entry, AuditHash.GENESIS);
    AuditEventId id = AuditEventId.random();
    when(api.auditTrail.forCase(caller, caseId))
        .thenReturn(Result.ok(List.of(new AuditEvent(id, 1, entry, AuditHash.GENESIS, hash))));

    Map<String, Object> response =
        api.response(caller, "{ auditTrail(caseId: \"" + caseId + "\") " + FIELDS + " }");

    assertNull(response.get("errors"));
    assertEquals(
        Map.of(
            "auditTrail",
            List.of(
                Map.ofEntries(
                    Map.entry("id", id.toString()),
                    Map.entry("actorId", caller.userId().toString()),
                    Map.entry("actorOrganisationId", caller.organisationId().toString()),
                    Map.entry("caseId", caseId.toString()),
                    Map.entry("sequence", 1),
                    Map.entry("occurredAt", "2026-04-07T01:30:00Z"),
                    Map.entry("actorName", "filer"),
                    Map.entry("action", "PRE_REPORT_SUBMITTED"),
                    Map.entry("outcome", "ACCEPTED"),
                    Map.entry("summary", "Submitted PR-2026-000001"),
                    Map.entry("previousHash", AuditHash.GENESIS),
                    Map.entry("hash", hash)))),
        response.get("data"));
  }

  @Test
  void aRefusalIsAGraphqlErrorWithItsCodeAndNoData() {
    when(api.auditTrail.forCase(any(), any()))
        .thenReturn(
            Result.refused(
                Optional.of(List.of()),
                List.of(Rejection.of(ErrorCode.FORBIDDEN, "Only auditors read the audit log"))));

    Map<String, Object> response =
        api.response(caller, "{ auditTrail(caseId: \"" + caseId + "\") " + FIELDS + " }");

    Map<String, Object> error = ErrorMaskingTest.onlyError(response);
    assertEquals("FORBIDDEN", ((Map<?, ?>) error.get("extensions")).get("code"));
    assertEquals("Only auditors read the audit log", error.get("message"));
    assertNull(response.get("data"));
  }

  @Test
  void aCaseIdThatIsNoUuidIsNotFound() {
    Map<String, Object> response =
        api.response(caller, "{ auditTrail(caseId: \"PR-2026-000001\") { sequence } }");

    Map<String, Object> error = ErrorMaskingTest.onlyError(response);
    assertEquals("NOT_FOUND", ((Map<?, ?>) error.get("extensions")).get("code"));
    assertFalse(error.get("message").toString().contains("UUID"));
    verifyNoInteractions(api.auditTrail);
  }
}
