package dev.taiwa.service.http;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.security.PasswordHasher;
import java.time.Instant;
import java.util.Set;

/**
 * The people of an HTTP test: two companies with a filer each, and one official per role. Every
 * account has the password {@link #PASSWORD}.
 */
public final class World {
  public static final String PASSWORD = "correct horse battery staple";

  public final Organisation alpha =
      new Organisation(
          OrganisationId.random(),
          "アルファ電材株式会社",
          OrganisationKind.COMPANY,
          "代表取締役 試験 太郎",
          "東京都千代田区霞が関一丁目3番1号");
  public final Organisation beta =
      new Organisation(OrganisationId.random(), "ベータ化学株式会社", OrganisationKind.COMPANY);
  public final Organisation meti =
      new Organisation(OrganisationId.random(), "経済産業省", OrganisationKind.GOVERNMENT);

  private final Organisations organisations;
  private final UserAccounts users;
  private final String hash;

  public World(Organisations organisations, UserAccounts users, PasswordHasher hasher) {
    this.organisations = organisations;
    this.users = users;
    this.hash = hasher.hash(PASSWORD);
    organisations.insert(alpha);
    organisations.insert(beta);
    organisations.insert(meti);
  }

  /** Stores an enabled user and returns its user name. */
  public String user(String username, Organisation organisation, Role role) {
    users.insert(
        new UserAccount(
            UserId.random(),
            username,
            username + " さん",
            organisation.id(),
            Set.of(role),
            hash,
            true,
            Instant.now()));
    return username;
  }
}
