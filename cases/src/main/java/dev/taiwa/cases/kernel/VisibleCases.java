package dev.taiwa.cases.kernel;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Port: which of some cases the caller may see, as each case kind's own access rules decide (a case
 * it may not see is left out, exactly like a missing one).
 */
public interface VisibleCases {
  Set<CaseId> among(Actor actor, Map<CaseId, CaseKind> cases);

  /**
   * How far {@code role} sees cases of {@code kind} by its role alone, as the kind's policy says.
   */
  Reach reach(Role role, CaseKind kind);

  /**
   * True when one of the caller's roles sees cases of some kind, so it may list what concerns cases
   * (deadlines, notifications).
   */
  default boolean anyKindVisibleTo(Actor actor) {
    return actor.roles().stream()
        .anyMatch(
            role ->
                Arrays.stream(CaseKind.values())
                    .anyMatch(kind -> reach(role, kind) != Reach.NOTHING));
  }
}
