package dev.taiwa.service.access;

import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The probes of the deadline, notification and queue operations. Their lists are scoped to what the
 * caller may see (checked by their own HTTP tests); here: who may ask at all.
 */
final class DeadlineProbes {
  private DeadlineProbes() {}

  static void add(ApiClient api, CaseFixture fixture, Map<Operation, Probe> probes) {
    probes.put(
        Operation.DEADLINES,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ deadlines { totalCount } }"), "deadlines")));
    probes.put(
        Operation.NOTIFICATIONS,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ notifications { edges { cursor } } }"),
                    "notifications")));
    probes.put(
        Operation.UNREAD_NOTIFICATION_COUNT,
        Probe.onNoCase(
            (c, k) ->
                Probe.answered(
                    api.graphql(c.token(), "{ unreadNotificationCount }"),
                    "unreadNotificationCount")));
    probes.put(
        Operation.MARK_ALL_NOTIFICATIONS_READ,
        Probe.onNoCase(
            (c, k) ->
                Probe.payload(
                    api.graphql(
                        c.token(),
                        "mutation { markAllNotificationsRead { count errors { code } } }"),
                    "markAllNotificationsRead")));
    probes.put(Operation.MARK_NOTIFICATION_READ, Probe.onNoCase((c, k) -> markUnknown(api, c)));
  }

  /**
   * A reader may mark only what its own feed holds, and the probe's callers hold none: a role that
   * may read notifications gets past the role check and is told NOT_FOUND (the notification is not
   * in its feed, like any missing one); a role that may not is refused FORBIDDEN before the lookup.
   */
  private static Outcome markUnknown(ApiClient api, Caller caller) {
    List<Map<String, Object>> errors =
        api.graphql(
                caller.token(),
                "mutation($id: ID!) { markNotificationRead(id: $id) { errors { code } } }",
                Map.of("id", UUID.randomUUID().toString()))
            .at("markNotificationRead.errors");
    Object code = errors.get(0).get("code");
    if ("NOT_FOUND".equals(code)) {
      return Outcome.ALLOWED;
    }
    if ("FORBIDDEN".equals(code)) {
      return Outcome.DENIED;
    }
    throw new AssertionError("markNotificationRead answered " + errors);
  }
}
