package dev.taiwa.service.persistence.access;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.access.port.AccessGrants;
import dev.taiwa.cases.access.port.KnownCases;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class AccessGrantsContractTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00.123Z");

  @Inject AccessGrants grants;
  @Inject KnownCases knownCases;
  @Inject PreReports preReports;
  @Inject Organisations organisations;
  @Inject UserAccounts users;

  private UserId storedUser() {
    return aStoredFiler(organisations, users).id();
  }

  private AccessGrant stored(UserId grantee, CaseId caseId, Instant grantedAt, Duration lasting) {
    AccessGrant grant =
        AccessGrant.granted(
            grantee,
            caseId,
            "秘密情報の確認のため（𠮷田案件）",
            storedUser(),
            grantedAt,
            grantedAt.plus(lasting),
            false);
    grants.insert(grant);
    return grant;
  }

  private AccessGrant storedBreakGlass(UserId reviewer, CaseId caseId, Instant at) {
    AccessGrant grant =
        AccessGrant.granted(
            reviewer,
            caseId,
            "Emergency: leak suspected",
            reviewer,
            at,
            at.plusSeconds(4 * 3600),
            true);
    grants.insert(grant);
    return grant;
  }

  @Test
  void aStoredGrantComesBackWithEveryField() {
    AccessGrant grant = stored(storedUser(), CaseId.random(), NOW, Duration.ofDays(90));

    assertEquals(Optional.of(grant), grants.find(grant.id()));
    assertEquals(Optional.empty(), grants.find(GrantId.random()));
  }

  @Test
  void activeGrantsAreThoseOfTheGranteeAndCaseNeitherRevokedNorExpiredAtTheInstant() {
    UserId grantee = storedUser();
    CaseId caseId = CaseId.random();
    AccessGrant day = stored(grantee, caseId, NOW, Duration.ofDays(1));
    AccessGrant week = stored(grantee, caseId, NOW.plusMillis(1), Duration.ofDays(7));
    AccessGrant revoked = stored(grantee, caseId, NOW.plusMillis(2), Duration.ofDays(7));
    assertTrue(
        grants.recordRevocation(
            revoked.revoked(new AccessGrant.Revocation(NOW.plusSeconds(60), storedUser(), "x"))));
    stored(grantee, CaseId.random(), NOW, Duration.ofDays(7));
    stored(storedUser(), caseId, NOW, Duration.ofDays(7));

    assertEquals(List.of(day, week), grants.activeFor(grantee, caseId, NOW.plusSeconds(120)));
    assertEquals(
        List.of(week), grants.activeFor(grantee, caseId, day.expiresAt()), "expiry is exclusive");
    assertEquals(
        List.of(day, week), grants.activeFor(grantee, caseId, day.expiresAt().minusMillis(1)));
    assertEquals(List.of(), grants.activeFor(grantee, caseId, week.expiresAt()));
    assertEquals(3, grants.activeOf(grantee, NOW.plusSeconds(120)).size());
  }

  @Test
  void aRevocationIsStoredOnceAndTheGrantListsWithItsCase() {
    UserId revoker = storedUser();
    CaseId caseId = CaseId.random();
    AccessGrant first = stored(storedUser(), caseId, NOW, Duration.ofDays(30));
    AccessGrant second = stored(storedUser(), caseId, NOW.plusSeconds(1), Duration.ofDays(30));
    AccessGrant revoked =
        first.revoked(new AccessGrant.Revocation(NOW.plusSeconds(5), revoker, "用済み"));

    assertTrue(grants.recordRevocation(revoked));
    assertFalse(
        grants.recordRevocation(
            first.revoked(new AccessGrant.Revocation(NOW.plusSeconds(9), revoker, "again"))),
        "a second revocation writes nothing");

    assertEquals(Optional.of(revoked), grants.find(first.id()));
    assertEquals(List.of(revoked, second), grants.ofCase(caseId));
  }

  @Test
  void theReviewQueueHoldsUnreviewedBreakGlassGrantsOldestFirstUntilReviewed() {
    UserId reviewer = storedUser();
    UserId auditor = storedUser();
    CaseId caseId = CaseId.random();
    AccessGrant older = storedBreakGlass(reviewer, caseId, NOW);
    AccessGrant newer = storedBreakGlass(reviewer, CaseId.random(), NOW.plusSeconds(1));
    AccessGrant ordinary = stored(storedUser(), caseId, NOW, Duration.ofDays(1));

    List<GrantId> queue = grants.awaitingReview().stream().map(AccessGrant::id).toList();
    assertTrue(
        queue.indexOf(older.id()) >= 0 && queue.indexOf(older.id()) < queue.indexOf(newer.id()));
    assertFalse(queue.contains(ordinary.id()));

    AccessGrant reviewed =
        older.reviewed(new AccessGrant.Review(NOW.plusSeconds(30), auditor, "妥当"));
    assertTrue(grants.recordReview(reviewed));
    assertFalse(grants.recordReview(reviewed), "a second review writes nothing");
    assertEquals(Optional.of(reviewed), grants.find(older.id()));
    List<GrantId> after = grants.awaitingReview().stream().map(AccessGrant::id).toList();
    assertFalse(after.contains(older.id()));
    assertTrue(after.contains(newer.id()));
  }

  @Test
  void aCaseIsKnownWhenAPreReportHasItsId() {
    PreReport report = aPreReport(aStoredFiler(organisations, users)).build();
    preReports.insert(report);

    assertTrue(knownCases.exists(report.id()));
    assertFalse(knownCases.exists(CaseId.random()));
  }
}
