package dev.taiwa.cases.notification;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.Objects;

/**
 * Whom a notification is for: one user (e.g. the case officer), the holders of a role in one
 * organisation (e.g. the company's filers), or every holder of a role (e.g. dialogue officers, for
 * a case nobody is assigned to). The feed of a user shows what is addressed to any of these that
 * fits them.
 */
public sealed interface Recipient {
  record User(UserId user) implements Recipient {
    public User {
      Objects.requireNonNull(user, "user");
    }
  }

  record RoleInOrganisation(OrganisationId organisation, Role role) implements Recipient {
    public RoleInOrganisation {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(role, "role");
    }
  }

  record EveryoneWithRole(Role role) implements Recipient {
    public EveryoneWithRole {
      Objects.requireNonNull(role, "role");
    }
  }
}
