package dev.taiwa.cases.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.Role;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokenGrantsTest {
  private final IdentityWorld world = new IdentityWorld();
  private final RefreshTokenGrants grants =
      new RefreshTokenGrants(
          world.refreshTokens,
          world.users,
          world.auditLog,
          world.unitOfWork,
          world.clock,
          Duration.ofDays(30));
  private final UserAccount sato = world.account("sato", world.company, Role.FILER);
  private final UserAccount admin = world.admin();

  @Test
  void anIssuedTokenIsStoredOnlyAsTheHashOfItsKey() {
    grants.issued(sato.id(), "the-secret-key", null);

    assertTrue(world.refreshTokens.findByKeyHash("the-secret-key").isEmpty());
    assertEquals(
        sato.id(),
        world
            .refreshTokens
            .findByKeyHash(RefreshTokenGrants.hashOf("the-secret-key"))
            .orElseThrow()
            .userId());
  }

  @Test
  void anIssuedTokenRedeemsForItsAccountWithItsCurrentRoles() {
    grants.issued(sato.id(), "key", null);
    world.users.update(sato.withRoles(Set.of(Role.AUDITOR)));

    assertEquals(Set.of(Role.AUDITOR), grants.redeem("key").orElseThrow().account().roles());
  }

  @Test
  void anUnknownKeyRedeemsNothing() {
    assertEquals(Optional.empty(), grants.redeem("never issued"));
  }

  @Test
  void aTokenExpiresAfterItsLifetime() {
    grants.issued(sato.id(), "key", null);
    world.clock.advance(Duration.ofDays(30));

    assertEquals(Optional.empty(), grants.redeem("key"));
  }

  @Test
  void disablingTheAccountRevokesItsTokens() {
    grants.issued(sato.id(), "key", null);

    world.accounts.disableUser(admin.asActor(), sato.id());
    world.accounts.enableUser(admin.asActor(), sato.id());

    assertEquals(Optional.empty(), grants.redeem("key"), "revoked, even once enabled again");
  }

  @Test
  void resettingThePasswordRevokesTheTokens() {
    grants.issued(sato.id(), "key", null);

    world.accounts.resetPassword(admin.asActor(), sato.id(), "a brand new secret");

    assertEquals(Optional.empty(), grants.redeem("key"));
  }

  @Test
  void aDisabledAccountsTokenRedeemsNothingEvenIfNotRevoked() {
    grants.issued(sato.id(), "key", null);
    world.users.update(sato.withEnabled(false));

    assertEquals(Optional.empty(), grants.redeem("key"));
  }

  @Test
  void aTokenIsExchangedOnceItsSuccessorContinuesTheFamily() {
    grants.issued(sato.id(), "first", null);

    RefreshTokenGrants.Redemption redeemed = grants.redeem("first").orElseThrow();
    grants.issued(sato.id(), "second", redeemed.family());

    assertEquals(Optional.empty(), grants.redeem("first").map(r -> r.account()), "spent");
    assertTrue(world.refreshTokens.findByKeyHash(RefreshTokenGrants.hashOf("second")).isPresent());
  }

  @Test
  void reusingASpentTokenRevokesItsWholeFamilyAndIsAudited() {
    grants.issued(sato.id(), "first", null);
    String family = grants.redeem("first").orElseThrow().family();
    grants.issued(sato.id(), "second", family);
    grants.issued(sato.id(), "other-login", null);

    assertEquals(Optional.empty(), grants.redeem("first").map(r -> r.account()), "theft");

    assertEquals(Optional.empty(), grants.redeem("second").map(r -> r.account()), "family revoked");
    assertTrue(grants.redeem("other-login").isPresent(), "another login's family stays valid");
    AuditEntry entry = world.auditLog.last().entry();
    assertEquals(AuditAction.REFRESH_TOKEN_REUSED.code(), entry.action());
    assertEquals(AuditOutcome.REJECTED, entry.outcome());
    assertEquals(sato.id(), entry.actorId());
    assertTrue(entry.summary().contains("revoked"), entry.summary());
  }

  @Test
  void changingTheRolesRevokesTheTokens() {
    grants.issued(sato.id(), "key", null);

    world.accounts.assignRoles(admin.asActor(), sato.id(), Set.of(Role.AUDITOR));

    assertEquals(Optional.empty(), grants.redeem("key").map(r -> r.account()));
  }
}
