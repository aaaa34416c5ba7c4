package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A person's login. {@code passwordHash} is an encoded salted slow hash (never the password); the
 * encoding is the service's concern. {@code sessionEpoch} counts the times the account's sessions
 * were ended (disabled, password reset, roles changed): a token carries the epoch it was issued in
 * and is refused once the account has moved on. {@code version} counts every stored change of the
 * account: an administrator's change is refused as CONFLICT when the account moved on since read.
 */
public record UserAccount(
    UserId id,
    String username,
    String displayName,
    OrganisationId organisationId,
    Set<Role> roles,
    String passwordHash,
    boolean enabled,
    Instant createdAt,
    long sessionEpoch,
    long version) {
  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "display name");
    Objects.requireNonNull(organisationId, "organisation");
    Objects.requireNonNull(passwordHash, "password hash");
    Objects.requireNonNull(createdAt, "created at");
    roles = Set.copyOf(roles);
  }

  /** A new account, whose sessions were never ended. */
  public UserAccount(
      UserId id,
      String username,
      String displayName,
      OrganisationId organisationId,
      Set<Role> roles,
      String passwordHash,
      boolean enabled,
      Instant createdAt) {
    this(id, username, displayName, organisationId, roles, passwordHash, enabled, createdAt, 0, 0);
  }

  public UserAccount withEnabled(boolean value) {
    return changed(roles, passwordHash, value, sessionEpoch, version);
  }

  public UserAccount withRoles(Set<Role> value) {
    return changed(value, passwordHash, enabled, sessionEpoch, version);
  }

  public UserAccount withPasswordHash(String value) {
    return changed(roles, value, enabled, sessionEpoch, version);
  }

  /** The account with every session begun so far ended: their tokens are refused. */
  public UserAccount endingSessions() {
    return changed(roles, passwordHash, enabled, sessionEpoch + 1, version);
  }

  /** The account as stored after an update: its version one higher. */
  public UserAccount nextVersion() {
    return changed(roles, passwordHash, enabled, sessionEpoch, version + 1);
  }

  /** The same account (id, name, organisation, creation) with what an administrator changes. */
  private UserAccount changed(
      Set<Role> newRoles, String newHash, boolean newEnabled, long newEpoch, long newVersion) {
    return new UserAccount(
        id,
        username,
        displayName,
        organisationId,
        newRoles,
        newHash,
        newEnabled,
        createdAt,
        newEpoch,
        newVersion);
  }

  public Actor asActor() {
    return new Actor(id, username, organisationId, roles);
  }
}
