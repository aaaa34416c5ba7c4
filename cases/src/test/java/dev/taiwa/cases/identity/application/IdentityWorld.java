package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.identity.FakePasswordHashing;
import dev.taiwa.cases.identity.InMemoryLoginFailures;
import dev.taiwa.cases.identity.InMemoryOrganisations;
import dev.taiwa.cases.identity.InMemoryRefreshTokens;
import dev.taiwa.cases.identity.InMemoryUserAccounts;
import dev.taiwa.cases.identity.LockoutPolicy;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import java.time.Duration;
import java.util.Set;

/**
 * The identity use cases over in-memory ports, a test clock and a transparent hash, with an
 * operators' organisation, a company and helpers to store accounts.
 */
final class IdentityWorld {
  static final String PASSWORD = "correct horse battery staple";

  final TestClock clock = TestClock.atNow();
  final InMemoryUserAccounts users = new InMemoryUserAccounts();
  final InMemoryOrganisations organisations = new InMemoryOrganisations();
  final InMemoryLoginFailures loginFailures = new InMemoryLoginFailures();
  final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
  final FakePasswordHashing hashing = new FakePasswordHashing();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  final LockoutPolicy lockout = new LockoutPolicy(3, Duration.ofMinutes(10));

  final AccountAdministration accounts =
      new AccountAdministration(
          users, organisations, hashing, loginFailures, refreshTokens, auditLog, unitOfWork, clock);
  final OrganisationAdministration organisationAdministration =
      new OrganisationAdministration(organisations, auditLog, unitOfWork, clock);
  final LoginAttempts logins =
      new LoginAttempts(users, loginFailures, hashing, lockout, auditLog, unitOfWork, clock);

  final Organisation operators = organisation("Taiwa 運用チーム", OrganisationKind.GOVERNMENT);
  final Organisation company = organisation("さくら電子株式会社", OrganisationKind.COMPANY);

  Organisation organisation(String name, OrganisationKind kind) {
    Organisation organisation = new Organisation(OrganisationId.random(), name, kind);
    organisations.insert(organisation);
    return organisation;
  }

  /** Stores an enabled account with {@link #PASSWORD}. */
  UserAccount account(String username, Organisation organisation, Role... roles) {
    UserAccount account =
        new UserAccount(
            UserId.random(),
            username,
            username + " さん",
            organisation.id(),
            Set.of(roles),
            hashing.hash(PASSWORD),
            true,
            clock.instant());
    users.insert(account);
    return account;
  }

  UserAccount admin() {
    return account("admin-" + users.count(), operators, Role.ADMIN);
  }

  UserAccount reload(UserAccount account) {
    return users.find(account.id()).orElseThrow();
  }
}
