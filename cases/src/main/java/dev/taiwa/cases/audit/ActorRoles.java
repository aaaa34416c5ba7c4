package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.Set;

/** Port: the roles a user holds now (empty for an unknown user), to label who did what. */
@FunctionalInterface
public interface ActorRoles {
  Set<Role> of(UserId user);
}
