package dev.taiwa.cases.kernel;

import java.util.List;
import java.util.OptionalLong;

/**
 * A slice of a keyset-paged list: the items, whether more follow, and the total matching when the
 * request asked for it ({@link PageRequest#withTotal()}): counting every match costs time that
 * grows with the list, so a page is counted only for a caller that shows the total.
 */
public record Page<T>(List<T> items, boolean hasNext, OptionalLong total) {
  public Page {
    items = List.copyOf(items);
  }

  /** A counted page. */
  public Page(List<T> items, boolean hasNext, long totalCount) {
    this(items, hasNext, OptionalLong.of(totalCount));
  }

  /** A page whose total was not asked for. */
  public static <T> Page<T> uncounted(List<T> items, boolean hasNext) {
    return new Page<>(items, hasNext, OptionalLong.empty());
  }

  /** An empty page, with a total of 0 when one was asked for. */
  public static <T> Page<T> empty(boolean withTotal) {
    return new Page<>(List.of(), false, withTotal ? OptionalLong.of(0) : OptionalLong.empty());
  }

  /** The total matching; only for a page whose request asked for it. */
  public long totalCount() {
    return total.orElseThrow(() -> new IllegalStateException("the page was not counted"));
  }

  /** The same page (more to follow, total) with other items, such as the items as shown. */
  public <U> Page<U> withItems(List<U> shown) {
    return new Page<>(shown, hasNext, total);
  }
}
