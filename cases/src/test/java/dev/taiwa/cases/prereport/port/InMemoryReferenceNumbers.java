package dev.taiwa.cases.prereport.port;

import java.util.HashMap;
import java.util.Map;

/** Counts per prefix and year, from 1. */
public final class InMemoryReferenceNumbers implements ReferenceNumbers {
  private final Map<String, Long> last = new HashMap<>();

  @Override
  public long next(String prefix, int year) {
    return last.merge(prefix + "-" + year, 1L, Long::sum);
  }
}
