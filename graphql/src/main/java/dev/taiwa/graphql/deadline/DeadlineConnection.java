package dev.taiwa.graphql.deadline;

import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.graphql.prereport.PageInfo;
import java.util.List;

/** A Relay connection over one page of deadlines. */
public record DeadlineConnection(List<DeadlineEdge> edges, PageInfo pageInfo, long totalCount) {

  /** One deadline of a page with its cursor. */
  public record DeadlineEdge(String cursor, DeadlineView node) {}

  static DeadlineConnection of(Page<DeadlineView> page) {
    List<DeadlineEdge> edges =
        page.items().stream().map(d -> new DeadlineEdge(DeadlineCursor.of(d), d)).toList();
    String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new DeadlineConnection(
        edges, new PageInfo(page.hasNext(), endCursor), page.totalCount());
  }
}
