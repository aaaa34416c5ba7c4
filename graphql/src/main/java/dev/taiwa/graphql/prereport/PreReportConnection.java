package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.TotalCount;
import java.util.List;

/** A Relay connection over one page of pre-reports. */
public record PreReportConnection(List<PreReportEdge> edges, PageInfo pageInfo, Long totalCount) {

  public static PreReportConnection of(Page<PreReport> page) {
    List<PreReportEdge> edges =
        page.items().stream().map(r -> new PreReportEdge(PreReportCursor.of(r), r)).toList();
    String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new PreReportConnection(
        edges, new PageInfo(page.hasNext(), endCursor), TotalCount.of(page));
  }
}
