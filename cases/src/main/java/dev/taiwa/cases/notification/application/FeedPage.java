package dev.taiwa.cases.notification.application;

import dev.taiwa.cases.notification.Notification;
import java.util.List;

/** One page of a reader's feed, newest first, and whether older ones follow. */
public record FeedPage(List<Notification> items, boolean hasNext) {
  public FeedPage {
    items = List.copyOf(items);
  }
}
