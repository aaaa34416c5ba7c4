package dev.taiwa.cases.prereport.port;

import java.util.Objects;

/** The order of a pre-report list: a sort key and a direction, ties broken by id the same way. */
public record PreReportOrder(PreReportSort sort, SortDirection direction) {
  /** Newest first by creation: the list's order when none is asked for. */
  public static final PreReportOrder NEWEST =
      new PreReportOrder(PreReportSort.CREATED, SortDirection.DESC);

  public PreReportOrder {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(direction, "direction");
  }

  /** The order named by nullable arguments: no sort is {@link #NEWEST}, no direction DESC. */
  public static PreReportOrder of(PreReportSort sort, SortDirection direction) {
    if (sort == null) {
      return direction == null ? NEWEST : new PreReportOrder(PreReportSort.CREATED, direction);
    }
    return new PreReportOrder(sort, direction == null ? SortDirection.DESC : direction);
  }

  public boolean isNewest() {
    return equals(NEWEST);
  }

  public boolean ascending() {
    return direction == SortDirection.ASC;
  }
}
