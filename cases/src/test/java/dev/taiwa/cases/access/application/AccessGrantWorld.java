package dev.taiwa.cases.access.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantRules;
import dev.taiwa.cases.access.port.InMemoryAccessGrants;
import dev.taiwa.cases.access.port.InMemoryKnownCases;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.identity.InMemoryUserAccounts;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import java.util.Set;

/** The grant use cases wired to in-memory ports and a test clock, with one person per role. */
final class AccessGrantWorld {
  final TestClock clock = TestClock.atNow();
  final InMemoryAccessGrants grants = new InMemoryAccessGrants();
  final InMemoryKnownCases cases = new InMemoryKnownCases();
  final InMemoryUserAccounts users = new InMemoryUserAccounts();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  final GrantRules rules = GrantRules.defaults();
  final AccessGrantCommands commands =
      new AccessGrantCommands(grants, cases, users, auditLog, unitOfWork, clock, rules);
  final AccessGrantQueries queries = new AccessGrantQueries(grants, clock);

  final OrganisationId cabinetOffice = OrganisationId.random();
  final Actor reviewer = person("naikaku", cabinetOffice, Role.SECURITY_REVIEWER);
  final Actor otherReviewer = person("hoshu", cabinetOffice, Role.SECURITY_REVIEWER);
  final Actor expert = person("senmonka", OrganisationId.random(), Role.DIALOGUE_OFFICER);
  final Actor auditor = person("kansa", OrganisationId.random(), Role.AUDITOR);
  final Actor admin = person("unyo", OrganisationId.random(), Role.ADMIN);
  final Actor filer = person("sakura", OrganisationId.random(), Role.FILER);

  /** Stores an enabled account holding {@code roles} and returns it as an actor. */
  Actor person(String username, OrganisationId organisation, Role... roles) {
    UserAccount account =
        new UserAccount(
            UserId.random(),
            username,
            username + " さん",
            organisation,
            Set.of(roles),
            "{test}hash",
            true,
            TestClock.NOW);
    users.insert(account);
    return account.asActor();
  }

  static AccessGrant accepted(Result<AccessGrant> result) {
    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    return result.value().orElseThrow();
  }
}
