package dev.taiwa.cases.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Role;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokenGrantsTest {
  private final IdentityWorld world = new IdentityWorld();
  private final RefreshTokenGrants grants =
      new RefreshTokenGrants(
          world.refreshTokens, world.users, world.unitOfWork, world.clock, Duration.ofDays(30));
  private final UserAccount sato = world.account("sato", world.company, Role.FILER);
  private final UserAccount admin = world.admin();

  @Test
  void anIssuedTokenIsStoredOnlyAsTheHashOfItsKey() {
    grants.issued(sato.id(), "the-secret-key");

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
    grants.issued(sato.id(), "key");
    world.users.update(sato.withRoles(Set.of(Role.AUDITOR)));

    assertEquals(Set.of(Role.AUDITOR), grants.redeem("key").orElseThrow().roles());
  }

  @Test
  void anUnknownKeyRedeemsNothing() {
    assertEquals(Optional.empty(), grants.redeem("never issued"));
  }

  @Test
  void aTokenExpiresAfterItsLifetime() {
    grants.issued(sato.id(), "key");
    world.clock.advance(Duration.ofDays(30));

    assertEquals(Optional.empty(), grants.redeem("key"));
  }

  @Test
  void disablingTheAccountRevokesItsTokens() {
    grants.issued(sato.id(), "key");

    world.accounts.disableUser(admin.asActor(), sato.id());
    world.accounts.enableUser(admin.asActor(), sato.id());

    assertEquals(Optional.empty(), grants.redeem("key"), "revoked, even once enabled again");
  }

  @Test
  void resettingThePasswordRevokesTheTokens() {
    grants.issued(sato.id(), "key");

    world.accounts.resetPassword(admin.asActor(), sato.id(), "a brand new secret");

    assertEquals(Optional.empty(), grants.redeem("key"));
  }

  @Test
  void aDisabledAccountsTokenRedeemsNothingEvenIfNotRevoked() {
    grants.issued(sato.id(), "key");
    world.users.update(sato.withEnabled(false));

    assertEquals(Optional.empty(), grants.redeem("key"));
  }
}
