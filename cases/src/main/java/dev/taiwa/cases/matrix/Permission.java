package dev.taiwa.cases.matrix;

import dev.taiwa.cases.kernel.Reach;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One cell of the access matrix: how far a role's use of an operation reaches and, for a change of
 * a case, in which states of the case it is allowed (empty: the operation is not state-bound). The
 * states are those of the case's own life cycle (pre-report or patent application states), kept in
 * declaration order.
 */
public record Permission(Reach reach, Set<? extends Enum<?>> states) {
  public Permission {
    states = states.isEmpty() ? Set.of() : Collections.unmodifiableSet(inDeclarationOrder(states));
  }

  private static Set<Enum<?>> inDeclarationOrder(Set<? extends Enum<?>> states) {
    List<Enum<?>> sorted = new ArrayList<>(states);
    sorted.sort(Comparator.comparingInt(Enum::ordinal));
    return new LinkedHashSet<>(sorted);
  }

  public static Permission denied() {
    return new Permission(Reach.NOTHING, Set.of());
  }

  public static Permission of(Reach reach) {
    return new Permission(reach, Set.of());
  }

  public boolean allowsAnything() {
    return reach != Reach.NOTHING;
  }

  /** The cell as the README shows it, e.g. {@code own organisation (DRAFT)}. */
  public String describe() {
    String where =
        switch (reach) {
          case EVERYTHING -> "yes";
          case EVERY_FILED_CASE -> "filed cases";
          case OWN_ORGANISATION -> "own organisation";
          case ASSIGNED_CASES -> "assigned cases";
          case NOTHING -> "—";
        };
    if (reach == Reach.NOTHING || states.isEmpty()) {
      return where;
    }
    return where
        + " ("
        + states.stream().map(s -> ((Enum<?>) s).name()).collect(Collectors.joining(", "))
        + ")";
  }
}
