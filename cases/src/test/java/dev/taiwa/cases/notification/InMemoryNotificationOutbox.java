package dev.taiwa.cases.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link NotificationOutbox} keeping what was published, for tests. */
public final class InMemoryNotificationOutbox implements NotificationOutbox {
  private final List<NotificationDraft> published = new ArrayList<>();

  @Override
  public synchronized void publish(NotificationDraft draft, Instant at) {
    published.add(draft);
  }

  public synchronized List<NotificationDraft> published() {
    return List.copyOf(published);
  }
}
