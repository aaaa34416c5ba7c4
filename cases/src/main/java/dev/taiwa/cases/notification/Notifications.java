package dev.taiwa.cases.notification;

import dev.taiwa.cases.kernel.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the published notifications as their readers see them, with per-reader read marks. */
public interface Notifications {
  /**
   * Up to {@code limit} notifications addressed to the reader, newest first (by creation time, then
   * id), after {@code after} when given; only unread ones when {@code unreadOnly}.
   */
  List<Notification> addressedTo(
      Addressee reader, boolean unreadOnly, int limit, Optional<PageRequest.Position> after);

  /** The notification if it is addressed to the reader. */
  Optional<Notification> find(Addressee reader, UUID id);

  /** Marks it read for the reader (a second mark changes nothing). */
  void markRead(Addressee reader, UUID id, Instant at);
}
