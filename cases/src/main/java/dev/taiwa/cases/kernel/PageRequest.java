package dev.taiwa.cases.kernel;

import java.time.Instant;
import java.util.UUID;

/**
 * Keyset paging over lists sorted newest first by (createdAt, id): {@code after} is the position of
 * the last item already seen, or {@code null} for the first page; {@code withTotal} asks for the
 * number of all matching items too, which costs a count over the whole list.
 */
public record PageRequest(int first, Position after, boolean withTotal) {
  public static final int MAX_PAGE_SIZE = 100;

  public PageRequest {
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE_SIZE);
    }
  }

  /** A page with its total counted. */
  public PageRequest(int first, Position after) {
    this(first, after, true);
  }

  /** The same page without the total. */
  public PageRequest withoutTotal() {
    return new PageRequest(first, after, false);
  }

  /** The sort key of an item in a list. */
  public record Position(Instant createdAt, UUID id) {}
}
