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
 * encoding is the service's concern.
 */
public record UserAccount(
    UserId id,
    String username,
    String displayName,
    OrganisationId organisationId,
    Set<Role> roles,
    String passwordHash,
    boolean enabled,
    Instant createdAt) {
  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "display name");
    Objects.requireNonNull(organisationId, "organisation");
    Objects.requireNonNull(passwordHash, "password hash");
    Objects.requireNonNull(createdAt, "created at");
    roles = Set.copyOf(roles);
  }

  public UserAccount withEnabled(boolean value) {
    return new UserAccount(
        id, username, displayName, organisationId, roles, passwordHash, value, createdAt);
  }

  public UserAccount withRoles(Set<Role> value) {
    return new UserAccount(
        id, username, displayName, organisationId, value, passwordHash, enabled, createdAt);
  }

  public UserAccount withPasswordHash(String value) {
    return new UserAccount(
        id, username, displayName, organisationId, roles, value, enabled, createdAt);
  }

  public Actor asActor() {
    return new Actor(id, username, organisationId, roles);
  }
}
