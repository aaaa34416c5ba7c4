package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.graphql.support.TotalCount;
import java.util.List;

/** A Relay connection over one page of pre-reports. */
public record PreReportConnection(List<PreReportEdge> edges, PageInfo pageInfo, Long totalCount) {

  public static PreReportConnection of(Page<PreReport> page) {
    return of(page, PreReportOrder.NEWEST);
  }

  /** The connection over a page listed in {@code order}, each cursor continuing that order. */
  public static PreReportConnection of(Page<PreReport> page, PreReportOrder order) {
    List<PreReportEdge> edges =
        page.items().stream().map(r -> new PreReportEdge(PreReportCursor.of(r, order), r)).toList();
    String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new PreReportConnection(
        edges, new PageInfo(page.hasNext(), endCursor), TotalCount.of(page));
  }
}
