package dev.taiwa.cases.access;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import java.time.Duration;
import java.time.Instant;

/** Builds grants: {@code aGrant().to(user).on(caseId).expiringIn(Duration.ofDays(1)).build()}. */
public final class AccessGrantFixture {
  private UserId grantee = UserId.random();
  private CaseId caseId = CaseId.random();
  private String reason = "Technical opinion on the claims requested by the reviewer";
  private UserId grantedBy = UserId.random();
  private Instant grantedAt = TestClock.NOW.minus(Duration.ofDays(1));
  private Instant expiresAt = TestClock.NOW.plus(Duration.ofDays(30));
  private boolean breakGlass;
  private AccessGrant.Revocation revocation;
  private AccessGrant.Review review;

  private AccessGrantFixture() {}

  public static AccessGrantFixture aGrant() {
    return new AccessGrantFixture();
  }

  public AccessGrantFixture to(UserId grantee) {
    this.grantee = grantee;
    return this;
  }

  public AccessGrantFixture on(CaseId caseId) {
    this.caseId = caseId;
    return this;
  }

  public AccessGrantFixture grantedAt(Instant grantedAt) {
    this.grantedAt = grantedAt;
    return this;
  }

  public AccessGrantFixture expiringAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  /** Expired an hour before {@link TestClock#NOW}. */
  public AccessGrantFixture expired() {
    return expiringAt(TestClock.NOW.minus(Duration.ofHours(1)));
  }

  public AccessGrantFixture breakGlass() {
    this.breakGlass = true;
    return this;
  }

  /** Revoked an hour before {@link TestClock#NOW}. */
  public AccessGrantFixture revoked() {
    this.revocation =
        new AccessGrant.Revocation(
            TestClock.NOW.minus(Duration.ofHours(1)), UserId.random(), "No longer needed");
    return this;
  }

  public AccessGrantFixture reviewed() {
    this.review = new AccessGrant.Review(TestClock.NOW, UserId.random(), "Justified");
    return this;
  }

  public AccessGrant build() {
    return new AccessGrant(
        GrantId.random(),
        grantee,
        caseId,
        reason,
        grantedBy,
        grantedAt,
        expiresAt,
        breakGlass,
        revocation,
        review);
  }
}
