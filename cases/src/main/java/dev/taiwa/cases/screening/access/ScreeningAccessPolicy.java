package dev.taiwa.cases.screening.access;

import dev.taiwa.cases.kernel.Role;
import java.util.Set;

/**
 * Who may do what with screening lists: administrators import them (reference data); dialogue
 * officers and filers screen a counterparty on demand (the lists are public); everyone who signs in
 * may read which versions exist. Dispositions of hits are the officials' own.
 */
public final class ScreeningAccessPolicy {
  /** Import a list version. */
  public static final Set<Role> IMPORT = Set.of(Role.ADMIN);

  /** Screen a counterparty on demand. */
  public static final Set<Role> SCREEN = Set.of(Role.DIALOGUE_OFFICER, Role.FILER);

  /** See and record dispositions of hits. */
  public static final Set<Role> DISPOSE = Set.of(Role.DIALOGUE_OFFICER);

  private ScreeningAccessPolicy() {}

  public static boolean mayImport(Set<Role> roles) {
    return roles.stream().anyMatch(IMPORT::contains);
  }

  public static boolean mayScreen(Set<Role> roles) {
    return roles.stream().anyMatch(SCREEN::contains);
  }

  public static boolean mayDispose(Set<Role> roles) {
    return roles.stream().anyMatch(DISPOSE::contains);
  }
}
