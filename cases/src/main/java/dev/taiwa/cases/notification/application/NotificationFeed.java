package dev.taiwa.cases.notification.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.VisibleCases;
import dev.taiwa.cases.notification.Addressee;
import dev.taiwa.cases.notification.Notification;
import dev.taiwa.cases.notification.NotificationEvent;
import dev.taiwa.cases.notification.Notifications;
import dev.taiwa.cases.secrecy.Secrecy;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A reader's in-app feed: what is addressed to the user, to a role it holds in its organisation, or
 * to a role it holds; newest first; read marks per user. A notification about a case the reader may
 * no longer see, or whose content is withheld from it ({@link Secrecy}: nothing recorded about such
 * a case is shown), is not shown (nor counted, nor markable). Readers are the roles that see cases
 * ({@link VisibleCases#anyKindVisibleTo}); others are refused.
 */
public final class NotificationFeed {
  static final int BATCH = 100;

  private final Notifications notifications;
  private final VisibleCases visibleCases;
  private final CommandPipeline pipeline;
  private final WithheldCases withheldCases;
  private final Clock clock;

  public NotificationFeed(
      Notifications notifications,
      VisibleCases visibleCases,
      WithheldCases withheldCases,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.notifications = notifications;
    this.visibleCases = visibleCases;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.withheldCases = withheldCases;
    this.clock = clock;
  }

  /** One page of the reader's feed, after {@code after}. */
  public Result<FeedPage> feed(
      Actor actor, boolean unreadOnly, int first, Optional<PageRequest.Position> after) {
    if (!visibleCases.anyKindVisibleTo(actor)) {
      return forbidden();
    }
    List<Notification> shown = visible(actor, unreadOnly, first + 1, after);
    return Result.ok(
        new FeedPage(shown.subList(0, Math.min(first, shown.size())), shown.size() > first));
  }

  /** How many notifications the reader has not read. */
  public Result<Integer> unreadCount(Actor actor) {
    if (!visibleCases.anyKindVisibleTo(actor)) {
      return forbidden();
    }
    return Result.ok(visible(actor, true, Integer.MAX_VALUE, Optional.empty()).size());
  }

  /** Marks one notification of the reader's feed read; NOT_FOUND for any other. */
  public Result<Notification> markRead(Actor actor, UUID id) {
    Addressee reader = Addressee.of(actor);
    Instant at = clock.instant();
    return pipeline.create(
        actor,
        null,
        Command.<Actor, Notification>named(AuditAction.MARK_NOTIFICATION_READ)
            .table((a, roles) -> readsNotifications(a))
            .policy(
                a ->
                    inFeed(a, reader, id).isPresent()
                        ? List.of()
                        : List.of(Rejection.of(ErrorCode.NOT_FOUND, "No such notification.")))
            .does(
                (a, roles) -> {
                  Notification n = inFeed(a, reader, id).orElseThrow();
                  return Step.accepted(
                      new Notification(
                          n.id(),
                          n.kind(),
                          n.caseId(),
                          n.caseKind(),
                          n.caseReference(),
                          n.due(),
                          n.createdAt(),
                          true),
                      new NotificationEvent.NotificationRead(id, at),
                      () -> notifications.markRead(reader, id, at));
                }));
  }

  /** Marks every unread notification of the reader's feed read; answers how many. */
  public Result<Integer> markAllRead(Actor actor) {
    Addressee reader = Addressee.of(actor);
    Instant at = clock.instant();
    return pipeline.create(
        actor,
        null,
        Command.<Actor, Integer>named(AuditAction.MARK_ALL_NOTIFICATIONS_READ)
            .table((a, roles) -> readsNotifications(a))
            .does(
                (a, roles) -> {
                  List<Notification> unread = visible(a, true, Integer.MAX_VALUE, Optional.empty());
                  return Step.accepted(
                      unread.size(),
                      new NotificationEvent.AllNotificationsRead(unread.size(), at),
                      () -> unread.forEach(n -> notifications.markRead(reader, n.id(), at)));
                }));
  }

  /** FORBIDDEN for roles that receive no notifications. */
  private Optional<Rejection> readsNotifications(Actor actor) {
    return visibleCases.anyKindVisibleTo(actor)
        ? Optional.empty()
        : Optional.of(Rejection.of(ErrorCode.FORBIDDEN, "Your roles receive no notifications."));
  }

  /** The notification {@code id} if it is in the reader's feed about a case it may see. */
  private Optional<Notification> inFeed(Actor actor, Addressee reader, UUID id) {
    return notifications.find(reader, id).filter(n -> !visibleOnly(actor, List.of(n)).isEmpty());
  }

  /** Up to {@code wanted} visible notifications, reading the store in batches. */
  private List<Notification> visible(
      Actor actor, boolean unreadOnly, int wanted, Optional<PageRequest.Position> after) {
    Addressee reader = Addressee.of(actor);
    List<Notification> shown = new ArrayList<>();
    Optional<PageRequest.Position> position = after;
    while (shown.size() < wanted) {
      List<Notification> batch = notifications.addressedTo(reader, unreadOnly, BATCH, position);
      shown.addAll(visibleOnly(actor, batch));
      if (batch.size() < BATCH) {
        break;
      }
      Notification last = batch.get(batch.size() - 1);
      position = Optional.of(new PageRequest.Position(last.createdAt(), last.id()));
    }
    return shown.size() > wanted ? shown.subList(0, wanted) : shown;
  }

  private List<Notification> visibleOnly(Actor actor, List<Notification> batch) {
    Map<CaseId, CaseKind> cases = new LinkedHashMap<>();
    batch.forEach(n -> cases.put(n.caseId(), n.caseKind()));
    Set<CaseId> visible = cases.isEmpty() ? Set.of() : visibleCases.among(actor, cases);
    Set<CaseId> withheld = visible.isEmpty() ? Set.of() : withheldCases.among(actor, visible);
    return batch.stream()
        .filter(n -> visible.contains(n.caseId()) && !withheld.contains(n.caseId()))
        .toList();
  }

  private static <T> Result<T> forbidden() {
    return Result.refused(
        Optional.empty(),
        List.of(Rejection.of(ErrorCode.FORBIDDEN, "Your roles receive no notifications.")));
  }
}
