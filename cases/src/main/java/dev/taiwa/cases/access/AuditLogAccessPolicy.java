package dev.taiwa.cases.access;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Who may read the audit log: oversight and the officials who run the cases. */
public final class AuditLogAccessPolicy {
  private static final Set<Role> READERS =
      Collections.unmodifiableSet(EnumSet.of(Role.DIALOGUE_OFFICER, Role.AUDITOR));

  /** The roles that may read the audit log, for documentation and tests. */
  public Set<Role> readers() {
    return READERS;
  }

  public boolean canRead(Actor actor) {
    return actor.roles().stream().anyMatch(READERS::contains);
  }
}
