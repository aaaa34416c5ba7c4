package dev.taiwa.graphql.patent;

import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.graphql.prereport.PageInfo;
import dev.taiwa.graphql.support.TotalCount;
import java.util.List;

/** A Relay connection over one page of applications, as the caller may see them. */
public record PatentApplicationConnection(
    List<PatentApplicationConnection.Edge> edges, PageInfo pageInfo, Long totalCount) {

  /** One application of a page with its cursor. */
  public record Edge(String cursor, PatentApplicationView node) {}

  static PatentApplicationConnection of(Page<PatentApplicationView> page) {
    List<Edge> edges =
        page.items().stream().map(v -> new Edge(PatentCursor.of(v.application()), v)).toList();
    String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new PatentApplicationConnection(
        edges, new PageInfo(page.hasNext(), endCursor), TotalCount.of(page));
  }
}
