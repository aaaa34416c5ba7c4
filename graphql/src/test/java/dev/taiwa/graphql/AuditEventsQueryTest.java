package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditEventId;
import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditHash;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.audit.ChainVerification;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.graphql.audit.AuditCursor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AuditEventsQueryTest {
  private final ApiHarness api = new ApiHarness();
  private final Actor caller = Fixtures.aFiler(OrganisationId.random());

  @AfterEach
  void close() {
    api.close();
  }

  private static AuditEvent anEvent(long sequence) {
    AuditEntry entry =
        new AuditEntry(
            Instant.parse("2026-04-07T01:30:00Z"),
            null,
            null,
            null,
            null,
            "LOGIN",
            AuditOutcome.ACCEPTED,
            "Signed in");
    return AuditEvent.chained(sequence, entry, AuditHash.GENESIS);
  }

  private AuditFilter searchedWith(String query) {
    when(api.auditTrail.search(any(), any(), any()))
        .thenReturn(Result.ok(new Page<>(List.of(), false, 0)));
    Map<String, Object> response = api.response(caller, query);
    assertNull(response.get("errors"));
    ArgumentCaptor<AuditFilter> filter = ArgumentCaptor.forClass(AuditFilter.class);
    verify(api.auditTrail).search(eq(caller), filter.capture(), any());
    return filter.getValue();
  }

  @Test
  void everyFilterFieldReachesTheUseCaseAndDatesAreDaysInJapan() {
    UserId actor = UserId.random();
    CaseId caseId = CaseId.random();

    AuditFilter filter =
        searchedWith(
            "{ auditEvents(filter: {actorId: \""
                + actor
                + "\", actorName: \"sato\", caseId: \""
                + caseId
                + "\", action: \"LOGIN\", actions: [\"PRE_REPORT_SUBMITTED\"], outcome: REJECTED,"
                + " fromDate: \"2026-04-07\", toDate: \"2026-04-08\"}) { totalCount } }");

    assertEquals(
        AuditFilter.none()
            .withActorId(actor)
            .withActorName("sato")
            .withCase(caseId)
            .withActions(Set.of("LOGIN", "PRE_REPORT_SUBMITTED"))
            .withOutcome(AuditOutcome.REJECTED)
            .withPeriod(
                Instant.parse("2026-04-06T15:00:00Z"), Instant.parse("2026-04-08T15:00:00Z")),
        filter);
  }

  @Test
  void instantsBoundThePeriodAsGiven() {
    AuditFilter filter =
        searchedWith(
            "{ auditEvents(filter: {occurredFrom: \"2026-04-07T00:00:00Z\","
                + " occurredBefore: \"2026-04-07T01:00:00Z\"}) { totalCount } }");

    assertEquals(Instant.parse("2026-04-07T00:00:00Z"), filter.occurredFrom());
    assertEquals(Instant.parse("2026-04-07T01:00:00Z"), filter.occurredBefore());
  }

  @Test
  void pagesAreRelayEdgesWhoseCursorContinuesBelowTheLastSequence() {
    when(api.auditTrail.search(any(), any(), any()))
        .thenReturn(Result.ok(new Page<>(List.of(anEvent(9), anEvent(8)), true, 5)));

    Map<String, Object> response =
        api.response(
            caller,
            "{ auditEvents(first: 2) { totalCount pageInfo { hasNextPage endCursor }"
                + " edges { cursor node { sequence action } } } }");

    assertNull(response.get("errors"));
    Map<?, ?> connection = (Map<?, ?>) ((Map<?, ?>) response.get("data")).get("auditEvents");
    assertEquals(5, connection.get("totalCount"));
    String endCursor = (String) ((Map<?, ?>) connection.get("pageInfo")).get("endCursor");
    assertEquals(AuditCursor.of(8), endCursor);
    verify(api.auditTrail)
        .search(eq(caller), eq(AuditFilter.none()), eq(new AuditPageRequest(2, null)));

    api.response(caller, "{ auditEvents(first: 2, after: \"" + endCursor + "\") { totalCount } }");
    verify(api.auditTrail)
        .search(eq(caller), eq(AuditFilter.none()), eq(new AuditPageRequest(2, 8L)));
  }

  @Test
  void withoutTotalCountSelectedTheLogIsNotCounted() {
    when(api.auditTrail.search(any(), any(), any()))
        .thenReturn(Result.ok(Page.uncounted(List.of(anEvent(9)), true)));

    Map<String, Object> response =
        api.response(caller, "{ auditEvents(first: 1) { edges { node { sequence } } } }");

    assertNull(response.get("errors"));
    verify(api.auditTrail)
        .search(eq(caller), eq(AuditFilter.none()), eq(new AuditPageRequest(1, null, false)));
  }

  @Test
  void theDefaultPageIsFifty() {
    searchedWith("{ auditEvents { totalCount } }");

    verify(api.auditTrail).search(any(), any(), eq(new AuditPageRequest(50, null)));
  }

  @Test
  void anInstantAndADateForTheSameEndAreRefused() {
    Map<String, Object> response =
        api.response(
            caller,
            "{ auditEvents(filter: {occurredFrom: \"2026-04-07T00:00:00Z\","
                + " fromDate: \"2026-04-07\"}) { totalCount } }");

    assertEquals("INVALID_VALUE", code(response));
    verifyNoInteractions(api.auditTrail);
  }

  @Test
  void aForeignCursorOrAnIdThatIsNoUuidIsInvalid() {
    assertEquals(
        "INVALID_VALUE",
        code(api.response(caller, "{ auditEvents(after: \"xyz\") { totalCount } }")));
    assertEquals(
        "INVALID_VALUE",
        code(api.response(caller, "{ auditEvents(filter: {caseId: \"PR-1\"}) { totalCount } }")));
    verifyNoInteractions(api.auditTrail);
  }

  @Test
  void aRefusedSearchIsAGraphqlErrorWithItsCode() {
    when(api.auditTrail.search(any(), any(), any()))
        .thenReturn(
            Result.refused(
                Optional.empty(), List.of(Rejection.of(ErrorCode.FORBIDDEN, "Not for you"))));

    Map<String, Object> response = api.response(caller, "{ auditEvents { totalCount } }");

    assertEquals("FORBIDDEN", code(response));
    assertNull(response.get("data"));
  }

  @Test
  void aVerificationReportNamesTheBrokenEvent() {
    AuditEventId id = AuditEventId.random();
    when(api.auditTrail.verify(caller))
        .thenReturn(
            Result.ok(
                new ChainVerification(
                    12,
                    Optional.of(
                        new ChainVerification.BrokenLink(
                            7, id, "hash does not match its content")))));

    Map<String, Object> response =
        api.response(
            caller,
            "{ verifyAuditChain { eventsChecked intact firstBroken { sequence eventId problem } } }");

    assertNull(response.get("errors"));
    assertEquals(
        Map.of(
            "verifyAuditChain",
            Map.of(
                "eventsChecked",
                12,
                "intact",
                false,
                "firstBroken",
                Map.of(
                    "sequence",
                    7,
                    "eventId",
                    id.toString(),
                    "problem",
                    "hash does not match its content"))),
        response.get("data"));
  }

  @Test
  void aRefusedVerificationIsForbidden() {
    when(api.auditTrail.verify(caller))
        .thenReturn(
            Result.refused(
                Optional.empty(), List.of(Rejection.of(ErrorCode.FORBIDDEN, "Auditors only"))));

    assertEquals("FORBIDDEN", code(api.response(caller, "{ verifyAuditChain { intact } }")));
  }

  private static String code(Map<String, Object> response) {
    Map<String, Object> error = ErrorMaskingTest.onlyError(response);
    return (String) ((Map<?, ?>) error.get("extensions")).get("code");
  }
}
