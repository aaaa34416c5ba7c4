package dev.taiwa.graphql.notification;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.notification.Notification;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.application.FeedPage;
import dev.taiwa.cases.notification.application.NotificationFeed;
import dev.taiwa.graphql.notification.NotificationPayloads.MarkAllNotificationsReadPayload;
import dev.taiwa.graphql.notification.NotificationPayloads.NotificationPayload;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** The notification feed: {@code notifications}, the unread count and the read marks. */
public final class NotificationFetchers {
  static final int DEFAULT_PAGE_SIZE = 20;

  private final NotificationFeed feed;
  private final Executor executor;

  public NotificationFetchers(NotificationFeed feed, Executor executor) {
    this.feed = feed;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("notifications", AsyncDataFetcher.async(this::notifications, executor))
        .query("unreadNotificationCount", AsyncDataFetcher.async(this::unreadCount, executor))
        .mutation("markNotificationRead", AsyncDataFetcher.async(this::markRead, executor))
        .mutation("markAllNotificationsRead", AsyncDataFetcher.async(this::markAllRead, executor))
        .type(
            newTypeWiring("Notification")
                .dataFetcher("id", field(n -> n.id().toString()))
                .dataFetcher("caseId", field(n -> n.caseId().toString()))
                .dataFetcher("dueDate", field(n -> n.due().orElse(null)))
                .dataFetcher("textJa", field(Notification::textJa))
                .dataFetcher("textEn", field(Notification::textEn)))
        .enumeration("NotificationKind", NotificationKind.class);
  }

  private NotificationConnection notifications(DataFetchingEnvironment env) {
    Integer first = env.getArgument("first");
    int size = first == null ? DEFAULT_PAGE_SIZE : first;
    if (size < 1 || size > PageRequest.MAX_PAGE_SIZE) {
      throw new RefusalException(
          ErrorCode.INVALID_VALUE,
          "first must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ", got " + size);
    }
    Boolean unreadOnly = env.getArgument("unreadOnly");
    Result<FeedPage> page =
        feed.feed(
            RequestActor.require(env),
            Boolean.TRUE.equals(unreadOnly),
            size,
            NotificationCursor.decode(env.getArgument("after")));
    return NotificationConnection.of(answer(page));
  }

  private Integer unreadCount(DataFetchingEnvironment env) {
    return answer(feed.unreadCount(RequestActor.require(env)));
  }

  private NotificationPayload markRead(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Optional<UUID> id = Ids.uuid(env.getArgument("id"));
    if (id.isEmpty()) {
      return new NotificationPayload(
          null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such notification.")));
    }
    Result<Notification> result = feed.markRead(actor, id.get());
    return new NotificationPayload(result.value().orElse(null), result.errors());
  }

  private MarkAllNotificationsReadPayload markAllRead(DataFetchingEnvironment env) {
    Result<Integer> result = feed.markAllRead(RequestActor.require(env));
    return new MarkAllNotificationsReadPayload(result.value().orElse(null), result.errors());
  }

  /** The value of a query's result; a refusal becomes a typed GraphQL error. */
  private static <T> T answer(Result<T> result) {
    for (Rejection rejection : result.errors()) {
      throw new RefusalException(rejection.code(), rejection.message());
    }
    return result.value().orElseThrow();
  }

  private static <T> DataFetcher<T> field(Function<Notification, T> read) {
    return env -> read.apply(env.getSource());
  }
}
