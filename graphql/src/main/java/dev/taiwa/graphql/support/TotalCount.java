package dev.taiwa.graphql.support;

import dev.taiwa.cases.kernel.Page;
import graphql.schema.DataFetchingEnvironment;

/**
 * A connection's {@code totalCount}: counted only when the client selected it, because counting
 * every match costs time that grows with the list while the page itself does not.
 */
public final class TotalCount {
  private static final String FIELD = "totalCount";

  private TotalCount() {}

  /** True when the connection being fetched has {@code totalCount} in its selection. */
  public static boolean selected(DataFetchingEnvironment env) {
    return env.getSelectionSet().contains(FIELD);
  }

  /** The page's total, or null when it was not counted (then nobody selected it). */
  public static Long of(Page<?> page) {
    return page.total().isPresent() ? page.total().getAsLong() : null;
  }
}
