package dev.taiwa.cases.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link NotificationOutbox} that keeps what was published, in order. */
public final class RecordingOutbox implements NotificationOutbox {
  private final List<NotificationDraft> published = new ArrayList<>();

  @Override
  public void publish(NotificationDraft draft, Instant at) {
    published.add(draft);
  }

  public List<NotificationDraft> published() {
    return List.copyOf(published);
  }
}
