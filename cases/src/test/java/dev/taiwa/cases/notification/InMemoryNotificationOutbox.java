package dev.taiwa.cases.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link NotificationOutbox} keeping what was published, to read back in tests. */
public final class InMemoryNotificationOutbox implements NotificationOutbox {
  private final List<NotificationDraft> published = new ArrayList<>();

  @Override
  public synchronized void publish(NotificationDraft draft, Instant at) {
    published.add(draft);
  }

  public synchronized List<NotificationDraft> published() {
    return List.copyOf(published);
  }

  public synchronized List<NotificationKind> kinds() {
    return published.stream().map(NotificationDraft::kind).toList();
  }
}
