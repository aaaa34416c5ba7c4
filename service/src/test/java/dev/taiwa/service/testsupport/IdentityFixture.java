package dev.taiwa.service.testsupport;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Set;

/** Organisations and users with sensible defaults, for tests that need someone to own a case. */
public final class IdentityFixture {
  private IdentityFixture() {}

  public static Organisation anOrganisation() {
    return new Organisation(OrganisationId.random(), "𠮷田精工株式会社", OrganisationKind.COMPANY);
  }

  public static UserAccount aFilerOf(OrganisationId organisation) {
    UserId id = UserId.random();
    return new UserAccount(
        id,
        "filer-" + id,
        "吉田 花子",
        organisation,
        Set.of(Role.FILER),
        "{bcrypt}$2a$10$abcdefghijklmnopqrstuu",
        true,
        Instant.parse("2026-01-15T09:30:00.123Z"));
  }

  /** Stores a new organisation with one filer and returns the filer. */
  public static UserAccount aStoredFiler(Organisations organisations, UserAccounts users) {
    Organisation organisation = anOrganisation();
    organisations.insert(organisation);
    UserAccount filer = aFilerOf(organisation.id());
    users.insert(filer);
    return filer;
  }
}
