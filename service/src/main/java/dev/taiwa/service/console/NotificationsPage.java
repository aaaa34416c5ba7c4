package dev.taiwa.service.console;

import java.util.List;

/** The caller's notifications, newest first, and how many are unread. */
public record NotificationsPage(
    SignedIn signedIn, int unread, List<Row> rows, boolean more, String error) {

  /** One notification: what happened, on which case, by when, whether read. */
  public record Row(
      String what, String reference, String link, String due, String at, boolean read) {}
}
