package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import java.util.Set;

/**
 * An administrator's request for a new account, as typed: the use case judges every field. {@code
 * initialPassword} is hashed and then forgotten.
 */
public record NewUser(
    String username,
    String displayName,
    OrganisationId organisationId,
    Set<Role> roles,
    String initialPassword) {
  public NewUser {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return "NewUser[username=" + username + ", organisationId=" + organisationId + "]";
  }
}
