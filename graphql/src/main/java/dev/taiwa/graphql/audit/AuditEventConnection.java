package dev.taiwa.graphql.audit;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.graphql.prereport.PageInfo;
import dev.taiwa.graphql.support.TotalCount;
import java.util.List;

/** A Relay connection over one page of audit events. */
public record AuditEventConnection(List<AuditEventEdge> edges, PageInfo pageInfo, Long totalCount) {

  public static AuditEventConnection of(Page<AuditEvent> page) {
    List<AuditEventEdge> edges =
        page.items().stream()
            .map(e -> new AuditEventEdge(AuditCursor.of(e.sequence()), AuditEventView.of(e)))
            .toList();
    String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new AuditEventConnection(
        edges, new PageInfo(page.hasNext(), endCursor), TotalCount.of(page));
  }
}
