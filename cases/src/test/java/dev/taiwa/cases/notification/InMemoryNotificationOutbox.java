package dev.taiwa.cases.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The outbox as a list, to read back what a use case published. */
public final class InMemoryNotificationOutbox implements NotificationOutbox {
  public final List<NotificationDraft> published = new ArrayList<>();

  @Override
  public void publish(NotificationDraft draft, Instant at) {
    published.add(draft);
  }

  public List<NotificationKind> kinds() {
    return published.stream().map(NotificationDraft::kind).toList();
  }
}
