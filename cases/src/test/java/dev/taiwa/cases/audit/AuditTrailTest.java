package dev.taiwa.cases.audit;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.AuditLogAccessPolicy;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
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
  private final AuditTrail trail = new AuditTrail(log);
  private final CaseId caseId = CaseId.random();

  @BeforeEach
  void fourEventsTwoOfThemAboutTheCase() {
    append(caseId, "PRE_REPORT_DRAFT_CREATED", "Draft created");
    append(CaseId.random(), "PRE_REPORT_DRAFT_CREATED", "Draft created");
    append(caseId, "PRE_REPORT_SUBMITTED", "Submitted");
    append(null, "LOGIN", "Signed in");
  }

  private void append(CaseId about, String action, String summary) {
    log.append(
        new AuditEntry(
            TestClock.NOW, null, null, null, about, action, AuditOutcome.ACCEPTED, summary));
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
    }
  }

  @Nested
  class VerifyingTheChain {
    @Test
    void anUntouchedChainIsIntact() {
      ChainVerification verification = trail.verify();

      assertTrue(verification.intact());
      assertEquals(4, verification.eventsChecked());
    }

    @Test
    void anEmptyChainIsIntact() {
      assertEquals(
          new ChainVerification(0, Optional.empty()),
          new AuditTrail(new InMemoryAuditLog()).verify());
    }

    @Test
    void aTamperedSummaryIsReportedAtItsEvent() {
      log.tamper(
          2,
          e ->
              new AuditEvent(
                  e.sequence(),
                  withSummary(e.entry(), "Nothing happened"),
                  e.previousHash(),
                  e.hash()));

      assertEquals(
          Optional.of(new ChainVerification.BrokenLink(2, "hash does not match its content")),
          trail.verify().firstBroken());
    }

    @Test
    void aBrokenLinkIsReportedAtTheEventThatNoLongerNamesItsPredecessor() {
      log.tamper(
          3,
          e -> {
            String forged = "f".repeat(64);
            return new AuditEvent(
                e.sequence(), e.entry(), forged, AuditHash.of(e.sequence(), e.entry(), forged));
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
    void aRemovedEventIsReportedAsAGapAtTheNextOne() {
      log.remove(2);

      assertEquals(
          Optional.of(new ChainVerification.BrokenLink(3, "sequence gap: expected 2, found 3")),
          trail.verify().firstBroken());
    }

    @Test
    void onlyTheFirstBreakIsReported() {
      log.remove(3);
      log.tamper(
          1,
          e ->
              new AuditEvent(
                  e.sequence(), withSummary(e.entry(), "edited"), e.previousHash(), e.hash()));

      assertEquals(1, trail.verify().firstBroken().orElseThrow().sequence());
    }
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
