package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.patent.model.PatentState;
import java.util.Set;

/** Optional filters of the application list; null or empty filters nothing. */
public record PatentFilter(Set<PatentState> states, String applicationNumber) {
  public PatentFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
  }

  public static PatentFilter none() {
    return new PatentFilter(Set.of(), null);
  }
}
