package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who an official may look up to assign work (a case officer, an examiner): officials only ({@link
 * #READERS}); of the other accounts, those enabled, of an organisation of the same kind as the
 * caller's, that hold one of the caller's official roles. A company's user, an auditor or an
 * operator looks up nobody here (operators have {@code users}).
 */
public final class ColleaguePolicy {
  /** The official roles: those who read their colleagues, and the roles they share. */
  public static final Set<Role> READERS =
      Collections.unmodifiableSet(
          EnumSet.of(Role.DIALOGUE_OFFICER, Role.PATENT_EXAMINER, Role.SECURITY_REVIEWER));

  private ColleaguePolicy() {}

  /** True when {@code caller} may look up colleagues at all. */
  public static boolean mayLookUp(Actor caller) {
    return caller.roles().stream().anyMatch(READERS::contains);
  }

  /** The caller's official roles, the ones a colleague must share. */
  public static Set<Role> officialRoles(Actor caller) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    caller.roles().stream().filter(READERS::contains).forEach(roles::add);
    return roles;
  }

  /**
   * True when {@code account} of {@code organisation} is shown to {@code caller}, whose own
   * organisation is {@code callerOrganisation}.
   */
  public static boolean shows(
      Actor caller,
      Organisation callerOrganisation,
      UserAccount account,
      Organisation organisation) {
    return account.enabled()
        && organisation.kind() == callerOrganisation.kind()
        && account.roles().stream().anyMatch(officialRoles(caller)::contains);
  }
}
