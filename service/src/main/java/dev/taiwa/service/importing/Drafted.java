package dev.taiwa.service.importing;

import dev.taiwa.cases.kernel.Rejection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A draft read from what an operator typed or uploaded, with the values that could not be read
 * (each an INVALID_VALUE on its field; the draft holds null there, so the use case refuses it).
 */
public record Drafted<T>(T draft, List<Rejection> unreadable) {
  public Drafted {
    unreadable = List.copyOf(unreadable);
  }

  /**
   * Every problem: the unreadable values, then the use case's {@code refusals} of the other fields
   * (its REQUIRED for a value that was there but unreadable would only repeat it).
   */
  public List<Rejection> problems(List<Rejection> refusals) {
    Set<String> fields = new HashSet<>();
    unreadable.forEach(r -> fields.add(r.field()));
    List<Rejection> all = new ArrayList<>(unreadable);
    refusals.stream()
        .filter(r -> r.field() == null || !fields.contains(r.field()))
        .forEach(all::add);
    return List.copyOf(all);
  }
}
