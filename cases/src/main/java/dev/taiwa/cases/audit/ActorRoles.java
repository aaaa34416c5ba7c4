package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Port: the roles a user holds now (empty for an unknown user), to label who did what. */
@FunctionalInterface
public interface ActorRoles {
  Set<Role> of(UserId user);

  /** The roles of each of {@code users}; stores answer with one query. */
  default Map<UserId, Set<Role>> ofAll(Collection<UserId> users) {
    return users.stream().distinct().collect(Collectors.toMap(Function.identity(), this::of));
  }
}
