package dev.taiwa.cases.access;

import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One cell of the access matrix: how far a role's use of an operation reaches and, for a change of
 * a case, in which states of the case it is allowed (empty: the operation is not state-bound).
 */
public record Permission(Reach reach, Set<PreReportState> states) {
  public Permission {
    states = states.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(states));
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
          case NOTHING -> "—";
        };
    if (reach == Reach.NOTHING || states.isEmpty()) {
      return where;
    }
    return where
        + " ("
        + states.stream().sorted().map(Enum::name).collect(Collectors.joining(", "))
        + ")";
  }
}
