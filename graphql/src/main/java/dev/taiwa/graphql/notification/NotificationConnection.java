package dev.taiwa.graphql.notification;

import dev.taiwa.cases.notification.Notification;
import dev.taiwa.cases.notification.application.FeedPage;
import dev.taiwa.graphql.prereport.PageInfo;
import java.util.List;

/** A Relay connection over one page of a feed. */
public record NotificationConnection(List<NotificationEdge> edges, PageInfo pageInfo) {

  /** One notification of a page with its cursor. */
  public record NotificationEdge(String cursor, Notification node) {}

  static NotificationConnection of(FeedPage page) {
    List<NotificationEdge> edges =
        page.items().stream().map(n -> new NotificationEdge(NotificationCursor.of(n), n)).toList();
    String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new NotificationConnection(edges, new PageInfo(page.hasNext(), endCursor));
  }
}
