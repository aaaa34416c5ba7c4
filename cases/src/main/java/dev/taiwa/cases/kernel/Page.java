package dev.taiwa.cases.kernel;

import java.util.List;

/** A slice of a keyset-paged list: the items, whether more follow, and the total matching. */
public record Page<T>(List<T> items, boolean hasNext, long totalCount) {
  public Page {
    items = List.copyOf(items);
  }
}
