package dev.taiwa.cases.kernel;

import java.util.Objects;
import java.util.Set;

/** The authenticated user on whose behalf a use case runs. */
public record Actor(
    UserId userId, String username, OrganisationId organisationId, Set<Role> roles) {
  public Actor {
    Objects.requireNonNull(userId, "user id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(organisationId, "organisation id");
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean belongsTo(OrganisationId organisation) {
    return organisationId.equals(organisation);
  }
}
