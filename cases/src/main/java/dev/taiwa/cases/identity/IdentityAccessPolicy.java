package dev.taiwa.cases.identity;

import static dev.taiwa.cases.kernel.Reach.EVERYTHING;
import static dev.taiwa.cases.kernel.Reach.OWN_ORGANISATION;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may administer accounts and organisations (ADMIN only), and which organisations each role may
 * list: administrators, officials and auditors every one, a filer its own.
 */
public final class IdentityAccessPolicy {
  private static final Map<Role, Reach> ORGANISATION_REACH = organisationReach();

  private static Map<Role, Reach> organisationReach() {
    Map<Role, Reach> reach = new EnumMap<>(Role.class);
    reach.put(Role.FILER, OWN_ORGANISATION);
    reach.put(Role.DIALOGUE_OFFICER, EVERYTHING);
    reach.put(Role.PATENT_EXAMINER, EVERYTHING);
    reach.put(Role.SECURITY_REVIEWER, EVERYTHING);
    reach.put(Role.AUDITOR, EVERYTHING);
    reach.put(Role.ADMIN, EVERYTHING);
    return Collections.unmodifiableMap(reach);
  }

  /** The matrix, one reach per role, for documentation and tests. */
  public Map<Role, Reach> organisationReaches() {
    return ORGANISATION_REACH;
  }

  private static final Set<Role> ADMINISTRATORS =
      Collections.unmodifiableSet(EnumSet.of(Role.ADMIN));

  /** The roles that administer accounts and organisations. */
  public Set<Role> administrators() {
    return ADMINISTRATORS;
  }

  /** True when the caller may create, disable, enable and change accounts and organisations. */
  public boolean canAdminister(Actor actor) {
    return actor.roles().stream().anyMatch(ADMINISTRATORS::contains);
  }

  /** How many organisations the caller may list: the widest reach among its roles. */
  public Reach organisationsVisibleTo(Actor actor) {
    Reach widest = Reach.NOTHING;
    for (Role role : actor.roles()) {
      Reach reach = ORGANISATION_REACH.get(role);
      if (reach.ordinal() < widest.ordinal()) {
        widest = reach;
      }
    }
    return widest;
  }
}
