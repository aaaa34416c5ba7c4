package dev.taiwa.cases.access.application;

import static dev.taiwa.cases.access.application.AccessGrantWorld.accepted;
import static dev.taiwa.cases.kernel.ErrorCode.CONFLICT;
import static dev.taiwa.cases.kernel.ErrorCode.FORBIDDEN;
import static dev.taiwa.cases.kernel.ErrorCode.INVALID_STATE;
import static dev.taiwa.cases.kernel.ErrorCode.INVALID_VALUE;
import static dev.taiwa.cases.kernel.ErrorCode.NOT_FOUND;
import static dev.taiwa.cases.kernel.ErrorCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.access.GrantRules;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessGrantCommandsTest {
  private static final String REASON = "Second opinion on the claims of the application";
  private final AccessGrantWorld world = new AccessGrantWorld();
  private final CaseId caseId = world.cases.add();

  @AfterEach
  void theAuditChainStaysIntact() {
    assertTrue(
        new AuditTrail(world.auditLog, (actor, id) -> true, WithheldCases.none(), world.clock)
            .verify()
            .intact());
  }

  private GrantAccess grantToExpert(Instant expiresAt) {
    return new GrantAccess(world.expert.userId(), caseId, REASON, expiresAt);
  }

  private Instant inDays(int days) {
    return TestClock.NOW.plus(Duration.ofDays(days));
  }

  /** Runs a command expected to be refused; checks nothing changed and one REJECTED entry. */
  private List<Rejection> refused(Supplier<Result<AccessGrant>> command, ErrorCode... codes) {
    var before = world.grants.snapshot();
    int audited = world.auditLog.size();

    Result<AccessGrant> result = command.get();

    assertFalse(result.accepted());
    assertEquals(List.of(codes), result.errors().stream().map(Rejection::code).toList());
    assertEquals(before, world.grants.snapshot(), "a refused command changes nothing");
    assertEquals(audited + 1, world.auditLog.size(), "exactly one audit entry");
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
    return result.errors();
  }

  /** Runs a command expected to succeed; checks one ACCEPTED entry of {@code action}. */
  private AccessGrant acceptedWithOneAuditEvent(
      Supplier<Result<AccessGrant>> command, String action) {
    int audited = world.auditLog.size();
    int transactions = world.unitOfWork.transactions();

    AccessGrant grant = accepted(command.get());

    assertEquals(audited + 1, world.auditLog.size(), "exactly one audit entry");
    assertEquals(transactions + 1, world.unitOfWork.transactions(), "in one transaction");
    AuditEntry entry = world.auditLog.last().entry();
    assertEquals(action, entry.action());
    assertEquals(AuditOutcome.ACCEPTED, entry.outcome());
    assertEquals(grant.caseId(), entry.caseId());
    return grant;
  }

  @Nested
  class Granting {
    @Test
    void aSecurityReviewerGrantsANamedUserAccessWithAReasonAndAnExpiry() {
      AccessGrant grant =
          acceptedWithOneAuditEvent(
              () -> world.commands.grant(world.reviewer, grantToExpert(inDays(30))),
              "ACCESS_GRANTED");

      assertEquals(world.expert.userId(), grant.grantee());
      assertEquals(caseId, grant.caseId());
      assertEquals(REASON, grant.reason());
      assertEquals(world.reviewer.userId(), grant.grantedBy());
      assertEquals(TestClock.NOW, grant.grantedAt());
      assertEquals(inDays(30), grant.expiresAt());
      assertFalse(grant.breakGlass());
      assertTrue(grant.isActiveAt(TestClock.NOW));
      assertEquals(grant, world.grants.find(grant.id()).orElseThrow());
    }

    @Test
    void theAuditSummaryNamesGranteeCaseReasonAndExpiry() {
      accepted(world.commands.grant(world.reviewer, grantToExpert(inDays(30))));

      String summary = world.auditLog.last().entry().summary();
      assertTrue(summary.contains("senmonka"), summary);
      assertTrue(summary.contains(world.expert.userId().toString()), summary);
      assertTrue(summary.contains(caseId.toString()), summary);
      assertTrue(summary.contains(REASON), summary);
      assertTrue(summary.contains(inDays(30).toString()), summary);
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"SECURITY_REVIEWER"},
        mode = EnumSource.Mode.EXCLUDE)
    void onlyASecurityReviewerMayGrant(Role role) {
      Actor caller = world.person("caller-" + role, world.cabinetOffice, role);

      refused(() -> world.commands.grant(caller, grantToExpert(inDays(30))), FORBIDDEN);
      assertEquals(caseId, world.auditLog.last().entry().caseId());
    }

    @Test
    void nobodyMayGrantAccessToThemselves() {
      List<Rejection> errors =
          refused(
              () ->
                  world.commands.grant(
                      world.reviewer,
                      new GrantAccess(world.reviewer.userId(), caseId, REASON, inDays(1))),
              INVALID_VALUE);
      assertEquals("granteeId", errors.get(0).field());
    }

    @Test
    void theGranteeAndTheCaseMustExist() {
      List<Rejection> errors =
          refused(
              () ->
                  world.commands.grant(
                      world.reviewer,
                      new GrantAccess(UserId.random(), CaseId.random(), REASON, inDays(1))),
              NOT_FOUND,
              NOT_FOUND);
      assertEquals(List.of("granteeId", "caseId"), errors.stream().map(Rejection::field).toList());
    }

    @Test
    void anExpiryInThePastOrNowIsRefused() {
      List<Rejection> errors =
          refused(
              () -> world.commands.grant(world.reviewer, grantToExpert(TestClock.NOW)),
              INVALID_VALUE);
      assertEquals("expiresAt", errors.get(0).field());
    }

    @Test
    void anExpiryBeyondTheMaximumDaysIsRefusedButTheMaximumItselfIsAccepted() {
      Instant limit = inDays(world.rules.maxDays());

      List<Rejection> errors =
          refused(
              () -> world.commands.grant(world.reviewer, grantToExpert(limit.plusMillis(1))),
              INVALID_VALUE);
      assertEquals("expiresAt", errors.get(0).field());
      assertTrue(errors.get(0).message().contains("grants.maxDays"));
      accepted(world.commands.grant(world.reviewer, grantToExpert(limit)));
    }

    @Test
    void aReasonIsRequiredAndMustHaveTenToTwoThousandCharacters() {
      for (String blank : new String[] {null, "  "}) {
        refused(
            () ->
                world.commands.grant(
                    world.reviewer,
                    new GrantAccess(world.expert.userId(), caseId, blank, inDays(1))),
            REQUIRED);
      }
      for (String wrong : new String[] {"too short", "x".repeat(2001)}) {
        refused(
            () ->
                world.commands.grant(
                    world.reviewer,
                    new GrantAccess(world.expert.userId(), caseId, wrong, inDays(1))),
            INVALID_VALUE);
      }
      accepted(
          world.commands.grant(
              world.reviewer,
              new GrantAccess(world.expert.userId(), caseId, "ten chars!", inDays(1))));
    }
  }

  @Nested
  class Revoking {
    private AccessGrant granted() {
      return accepted(world.commands.grant(world.reviewer, grantToExpert(inDays(30))));
    }

    @Test
    void aSecurityReviewerRevokesAGrantWhichEndsAtOnce() {
      AccessGrant grant = granted();

      AccessGrant revoked =
          acceptedWithOneAuditEvent(
              () -> world.commands.revoke(world.otherReviewer, grant.id(), "The opinion is given"),
              "ACCESS_REVOKED");

      assertFalse(revoked.isActiveAt(TestClock.NOW));
      assertEquals(world.otherReviewer.userId(), revoked.revocation().by());
      assertEquals("The opinion is given", revoked.revocation().reason());
      assertEquals(revoked, world.grants.find(grant.id()).orElseThrow());
      assertTrue(world.auditLog.last().entry().summary().contains("The opinion is given"));
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"SECURITY_REVIEWER"},
        mode = EnumSource.Mode.EXCLUDE)
    void onlyASecurityReviewerMayRevoke(Role role) {
      AccessGrant grant = granted();
      Actor caller = world.person("caller-" + role, world.cabinetOffice, role);

      refused(() -> world.commands.revoke(caller, grant.id(), "Not needed"), FORBIDDEN);
    }

    @Test
    void aGrantCanBeRevokedOnlyWhileActive() {
      AccessGrant grant = granted();
      accepted(world.commands.revoke(world.reviewer, grant.id(), "Done"));

      refused(() -> world.commands.revoke(world.reviewer, grant.id(), "Again"), INVALID_STATE);
      AccessGrant other = granted();
      world.clock.advance(Duration.ofDays(31));
      refused(() -> world.commands.revoke(world.reviewer, other.id(), "Late"), INVALID_STATE);
    }

    @Test
    void anUnknownGrantIsNotFoundAndAReasonIsRequired() {
      refused(() -> world.commands.revoke(world.reviewer, GrantId.random(), "Done"), NOT_FOUND);
      AccessGrant grant = granted();
      refused(() -> world.commands.revoke(world.reviewer, grant.id(), " "), REQUIRED);
    }

    @Test
    void aRevocationThatLosesARaceIsRefusedWithConflictAndAuditsNoAcceptance() {
      AccessGrant grant = granted();
      world.grants.loseNextRace();

      refused(() -> world.commands.revoke(world.reviewer, grant.id(), "Done"), CONFLICT);
      assertTrue(world.grants.find(grant.id()).orElseThrow().isActiveAt(TestClock.NOW));
    }
  }

  @Nested
  class BreakGlass {
    private static final String EMERGENCY = "Urgent: suspected leak reported by the applicant";

    @Test
    void aSecurityReviewerOpensAShortGrantForThemselvesThatAwaitsReview() {
      AccessGrant grant =
          acceptedWithOneAuditEvent(
              () -> world.commands.openBreakGlass(world.reviewer, caseId, EMERGENCY),
              "BREAK_GLASS_OPENED");

      assertEquals(world.reviewer.userId(), grant.grantee());
      assertEquals(world.reviewer.userId(), grant.grantedBy());
      assertEquals(TestClock.NOW.plus(Duration.ofHours(4)), grant.expiresAt());
      assertTrue(grant.breakGlass());
      assertFalse(grant.isReviewed());
      assertEquals(List.of(grant), allowed(world.queries.breakGlassReviewQueue(world.auditor)));
      String summary = world.auditLog.last().entry().summary();
      assertTrue(summary.contains("naikaku") && summary.contains(EMERGENCY), summary);
      assertTrue(summary.contains(grant.expiresAt().toString()), summary);
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"SECURITY_REVIEWER"},
        mode = EnumSource.Mode.EXCLUDE)
    void onlyASecurityReviewerMayBreakTheGlass(Role role) {
      Actor caller = world.person("caller-" + role, world.cabinetOffice, role);

      refused(() -> world.commands.openBreakGlass(caller, caseId, EMERGENCY), FORBIDDEN);
    }

    @Test
    void breakingTheGlassNeedsAReasonAndAnExistingCase() {
      refused(() -> world.commands.openBreakGlass(world.reviewer, caseId, ""), REQUIRED);
      refused(
          () -> world.commands.openBreakGlass(world.reviewer, CaseId.random(), EMERGENCY),
          NOT_FOUND);
    }

    @Test
    void anAuditorReviewsItAndItLeavesTheQueue() {
      AccessGrant opened =
          accepted(world.commands.openBreakGlass(world.reviewer, caseId, EMERGENCY));

      AccessGrant reviewed =
          acceptedWithOneAuditEvent(
              () -> world.commands.reviewBreakGlass(world.auditor, opened.id(), "Justified"),
              "BREAK_GLASS_REVIEWED");

      assertTrue(reviewed.isReviewed());
      assertEquals(world.auditor.userId(), reviewed.review().by());
      assertEquals("Justified", reviewed.review().note());
      assertTrue(reviewed.isActiveAt(TestClock.NOW), "reviewing does not end the access");
      assertEquals(List.of(), allowed(world.queries.breakGlassReviewQueue(world.auditor)));
      refused(
          () -> world.commands.reviewBreakGlass(world.auditor, opened.id(), "Again"),
          INVALID_STATE);
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"AUDITOR"},
        mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAuditorMayReview(Role role) {
      AccessGrant opened =
          accepted(world.commands.openBreakGlass(world.reviewer, caseId, EMERGENCY));
      Actor caller = world.person("caller-" + role, world.cabinetOffice, role);

      refused(() -> world.commands.reviewBreakGlass(caller, opened.id(), "Fine"), FORBIDDEN);
    }

    @Test
    void nobodyReviewsTheirOwnBreakGlass() {
      Actor both = world.person("ryoho", world.cabinetOffice, Role.SECURITY_REVIEWER, Role.AUDITOR);
      AccessGrant opened = accepted(world.commands.openBreakGlass(both, caseId, EMERGENCY));

      refused(() -> world.commands.reviewBreakGlass(both, opened.id(), "Fine"), FORBIDDEN);
    }

    @Test
    void anOrdinaryGrantIsNotReviewed() {
      AccessGrant grant = accepted(world.commands.grant(world.reviewer, grantToExpert(inDays(3))));

      refused(
          () -> world.commands.reviewBreakGlass(world.auditor, grant.id(), "Fine"), INVALID_STATE);
      refused(
          () -> world.commands.reviewBreakGlass(world.auditor, GrantId.random(), "Fine"),
          NOT_FOUND);
    }

    @Test
    void theBreakGlassDurationIsTheNamedRule() {
      GrantRules rules = new GrantRules(90, 1);
      var commands =
          new AccessGrantCommands(
              world.grants,
              world.cases,
              world.users,
              world.auditLog,
              world.unitOfWork,
              world.clock,
              rules);

      AccessGrant grant = accepted(commands.openBreakGlass(world.reviewer, caseId, EMERGENCY));

      assertEquals(TestClock.NOW.plus(Duration.ofHours(1)), grant.expiresAt());
      assertNull(grant.review());
    }
  }

  private static <T> T allowed(Result<T> result) {
    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    return result.value().orElseThrow();
  }
}
