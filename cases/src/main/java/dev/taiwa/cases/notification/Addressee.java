package dev.taiwa.cases.notification;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * A reader of notifications: what is addressed to the user, to a role it holds in its organisation,
 * or to a role it holds (whatever the organisation) is for it.
 */
public record Addressee(UserId user, OrganisationId organisation, Set<Role> roles) {
  public Addressee {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(organisation, "organisation");
    roles = Set.copyOf(roles);
  }

  public static Addressee of(Actor actor) {
    return new Addressee(actor.userId(), actor.organisationId(), actor.roles());
  }

  /** True when {@code recipient} names this reader. */
  public boolean receives(Recipient recipient) {
    if (recipient instanceof Recipient.User u) {
      return u.user().equals(user);
    }
    if (recipient instanceof Recipient.RoleInOrganisation r) {
      return r.organisation().equals(organisation) && roles.contains(r.role());
    }
    return roles.contains(((Recipient.EveryoneWithRole) recipient).role());
  }
}
