package dev.taiwa.cases.audit;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditTrailTest {
  private final InMemoryAuditLog log = new InMemoryAuditLog();
  private final TestClock clock = TestClock.atNow();
  private final CaseId caseId = CaseId.random();
  private final CaseId draftId = CaseId.random();

  /** The officers' view of cases: every case but one company's draft. */
  private final CaseVisibility visibility = (actor, id) -> !id.equals(draftId);

  private final AuditTrail trail = new AuditTrail(log, visibility, WithheldCases.none(), clock);
  private final Actor auditor = anActor().named("kansa").auditor();
  private final Actor officer = anActor().named("tanaka").dialogueOfficer();

  @BeforeEach
  void fourEventsTwoOfThemAboutTheCase() {
    append(caseId, "PRE_REPORT_DRAFT_CREATED", "Draft created");
    append(CaseId.random(), "PRE_REPORT_DRAFT_CREATED", "Draft created");
    append(caseId, "PRE_REPORT_SUBMITTED", "Submitted");
    append(null, "LOGIN", "Signed in");
  }

  private void append(CaseId about, String action, String summary) {
    log.append(
        AuditEntryFixture.anEntry()
            .at(clock.instant())
            .about(about)
            .action(action)
            .summary(summary)
            .build());
  }

  private static List<Long> sequences(Result<Page<AuditEvent>> result) {
    return result.value().orElseThrow().items().stream().map(AuditEvent::sequence).toList();
  }

  @Nested
  class ReadingACasesTrail {
    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"DIALOGUE_OFFICER", "AUDITOR"})
    void officersAndAuditorsReadTheCasesEventsOldestFirst(Role role) {
      Result<List<AuditEvent>> result = trail.forCase(anActor().withRole(role), caseId);

      assertTrue(result.accepted());
      assertEquals(
          List.of(1L, 3L),
          result.value().orElseThrow().stream().map(AuditEvent::sequence).toList());
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"FILER", "PATENT_EXAMINER", "SECURITY_REVIEWER", "ADMIN"})
    void otherRolesAreForbidden(Role role) {
      Result<List<AuditEvent>> result = trail.forCase(anActor().withRole(role), caseId);

      assertEquals(Optional.empty(), result.value());
      assertEquals(
          List.of(ErrorCode.FORBIDDEN), result.errors().stream().map(Rejection::code).toList());
      assertEquals(AuditOutcome.REJECTED, log.last().entry().outcome());
    }

    @Test
    void anOfficerWhoMayNotSeeTheCaseGetsNotFoundAndTheAttemptIsAudited() {
      append(draftId, "PRE_REPORT_DRAFT_CREATED", "Draft created");

      Result<List<AuditEvent>> result = trail.forCase(officer, draftId);

      assertEquals(Optional.empty(), result.value());
      assertEquals(
          List.of(ErrorCode.NOT_FOUND), result.errors().stream().map(Rejection::code).toList());
      assertEquals(AuditAction.AUDIT_TRAIL_READ.code(), log.last().entry().action());
      assertEquals(draftId, log.last().entry().caseId());
    }

    @Test
    void anAuditorReadsTheTrailOfAnyCase() {
      append(draftId, "PRE_REPORT_DRAFT_CREATED", "Draft created");

      assertTrue(trail.forCase(auditor, draftId).accepted());
    }
  }

  @Nested
  class SearchingTheLog {
    @Test
    void anAuditorSearchesTheWholeLogNewestFirstIncludingEventsAboutNoCase() {
      Result<Page<AuditEvent>> result =
          trail.search(auditor, AuditFilter.none(), AuditPageRequest.firstPage(50));

      assertEquals(List.of(4L, 3L, 2L, 1L), sequences(result));
      assertEquals(4, result.value().orElseThrow().totalCount());
    }

    @Test
    void aDialogueOfficerSeesOnlyTheEventsAboutCases() {
      Result<Page<AuditEvent>> result =
          trail.search(officer, AuditFilter.none(), AuditPageRequest.firstPage(50));

      assertEquals(List.of(3L, 2L, 1L), sequences(result));
    }

    @Test
    void anOfficerCannotWidenTheSearchToLoginsByAskingForThem() {
      Result<Page<AuditEvent>> result =
          trail.search(
              officer,
              AuditFilter.none().withActions(Set.of("LOGIN")),
              AuditPageRequest.firstPage(50));

      assertEquals(List.of(), sequences(result));
    }

    @Test
    void pagesFollowEachOtherByTheLastSequenceSeen() {
      Page<AuditEvent> first =
          trail.search(auditor, AuditFilter.none(), AuditPageRequest.firstPage(3)).value().get();
      Page<AuditEvent> second =
          trail
              .search(auditor, AuditFilter.none(), new AuditPageRequest(3, 2L))
              .value()
              .orElseThrow();

      assertTrue(first.hasNext());
      assertEquals(List.of(4L, 3L, 2L), first.items().stream().map(AuditEvent::sequence).toList());
      assertFalse(second.hasNext());
      assertEquals(List.of(1L), second.items().stream().map(AuditEvent::sequence).toList());
      assertEquals(4, second.totalCount());
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"FILER", "PATENT_EXAMINER", "SECURITY_REVIEWER", "ADMIN"})
    void otherRolesAreForbiddenAndTheRefusalIsAudited(Role role) {
      Actor caller = anActor().named("curious").withRole(role);

      Result<Page<AuditEvent>> result =
          trail.search(caller, AuditFilter.none(), AuditPageRequest.firstPage(10));

      assertEquals(Optional.empty(), result.value());
      assertEquals(
          List.of(ErrorCode.FORBIDDEN), result.errors().stream().map(Rejection::code).toList());
      AuditEntry audited = log.last().entry();
      assertEquals(AuditAction.AUDIT_LOG_SEARCHED.code(), audited.action());
      assertEquals(AuditOutcome.REJECTED, audited.outcome());
      assertEquals(caller.userId(), audited.actorId());
    }
  }

  @Nested
  class VerifyingTheChain {
    @Test
    void anUntouchedChainIsIntactAndTheRunIsAuditedAfterTheWalk() {
      Result<ChainVerification> result = trail.verify(auditor);

      assertEquals(new ChainVerification(4, Optional.empty()), result.value().orElseThrow());
      AuditEvent audited = log.last();
      assertEquals(5, audited.sequence());
      assertEquals(AuditAction.AUDIT_CHAIN_VERIFIED.code(), audited.entry().action());
      assertEquals(AuditOutcome.ACCEPTED, audited.entry().outcome());
      assertEquals("OK: 4 events verified", audited.entry().summary());
      assertEquals(auditor.userId(), audited.entry().actorId());
    }

    @Test
    void aSystemRunIsAuditedWithoutActor() {
      ChainVerification verification = trail.verify();

      assertTrue(verification.intact());
      assertNull(log.last().entry().actorId());
      assertEquals("OK: 4 events verified (system)", log.last().entry().summary());
    }

    @Test
    void anEmptyChainIsIntact() {
      assertEquals(
          new ChainVerification(0, Optional.empty()),
          new AuditTrail(new InMemoryAuditLog(), visibility, WithheldCases.none(), clock).verify());
    }

    @Test
    void aTamperedSummaryIsReportedAtItsEventWithItsId() {
      log.tamper(2, e -> withEntry(e, withSummary(e.entry(), "Nothing happened")));

      assertEquals(
          Optional.of(
              new ChainVerification.BrokenLink(
                  2, log.events().get(1).id(), "hash does not match its content")),
          trail.verify().firstBroken());
    }

    @Test
    void aBrokenLinkIsReportedAtTheEventThatNoLongerNamesItsPredecessor() {
      log.tamper(
          3,
          e -> {
            String forged = "f".repeat(64);
            return new AuditEvent(
                e.id(),
                e.sequence(),
                e.entry(),
                forged,
                AuditHash.of(e.sequence(), e.entry(), forged));
          });

      ChainVerification verification = trail.verify();

      assertEquals(3, verification.firstBroken().orElseThrow().sequence());
      assertTrue(
          verification
              .firstBroken()
              .orElseThrow()
              .problem()
              .startsWith("previous-hash link broken"));
      assertEquals(4, verification.eventsChecked());
    }

    @Test
    void aRemovedEventIsReportedAsMissingAtItsOwnSequence() {
      log.remove(2);

      assertEquals(
          Optional.of(
              new ChainVerification.BrokenLink(
                  2, null, "event 2 is missing: the next stored event is 3")),
          trail.verify().firstBroken());
    }

    @Test
    void removedLastEventsAreCaughtByTheChainHead() {
      log.remove(4);
      log.remove(3);

      assertEquals(
          Optional.of(
              new ChainVerification.BrokenLink(
                  3,
                  null,
                  "event 3 is missing: the chain head records 4 events but the log ends at 2")),
          trail.verify().firstBroken());
    }

    @Test
    void aLastEventRewrittenWithAFreshHashIsCaughtByTheChainHead() {
      log.tamper(
          4,
          e -> {
            AuditEntry forged = withSummary(e.entry(), "Nobody signed in");
            return new AuditEvent(
                e.id(),
                e.sequence(),
                forged,
                e.previousHash(),
                AuditHash.of(e.sequence(), forged, e.previousHash()));
          });

      ChainVerification.BrokenLink broken = trail.verify().firstBroken().orElseThrow();

      assertEquals(4, broken.sequence());
      assertEquals("hash differs from the chain head's record of the last event", broken.problem());
    }

    @Test
    void onlyTheFirstBreakIsReported() {
      log.remove(3);
      log.tamper(1, e -> withEntry(e, withSummary(e.entry(), "edited")));

      assertEquals(1, trail.verify().firstBroken().orElseThrow().sequence());
    }

    @Test
    void aBrokenChainIsAuditedWithWhereItBreaks() {
      log.remove(2);

      trail.verify(auditor);

      assertEquals(
          "BROKEN at event 2 after 3 events checked: event 2 is missing: the next stored event is"
              + " 3",
          log.last().entry().summary());
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"AUDITOR"},
        mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAuditorMayVerifyAndARefusalIsAudited(Role role) {
      Result<ChainVerification> result = trail.verify(anActor().withRole(role));

      assertEquals(Optional.empty(), result.value());
      assertEquals(
          List.of(ErrorCode.FORBIDDEN), result.errors().stream().map(Rejection::code).toList());
      assertEquals(AuditOutcome.REJECTED, log.last().entry().outcome());
      assertEquals(AuditAction.AUDIT_CHAIN_VERIFIED.code(), log.last().entry().action());
    }
  }

  private static AuditEvent withEntry(AuditEvent e, AuditEntry entry) {
    return new AuditEvent(e.id(), e.sequence(), entry, e.previousHash(), e.hash());
  }

  private static AuditEntry withSummary(AuditEntry e, String summary) {
    return new AuditEntry(
        e.occurredAt(),
        e.actorId(),
        e.actorName(),
        e.actorOrganisation(),
        e.caseId(),
        e.action(),
        e.outcome(),
        summary);
  }

  @Test
  void rolesThatMayReadTheLogAreOfficersAndAuditors() {
    assertEquals(Set.of(Role.DIALOGUE_OFFICER, Role.AUDITOR), new AuditLogAccessPolicy().readers());
  }
}
