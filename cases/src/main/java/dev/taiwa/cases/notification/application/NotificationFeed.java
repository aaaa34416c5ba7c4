package dev.taiwa.cases.notification.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
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
  private final WithheldCases withheldCases;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
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
    this.withheldCases = withheldCases;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
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
    if (!visibleCases.anyKindVisibleTo(actor)) {
      return refused(
          actor,
          AuditAction.MARK_NOTIFICATION_READ,
          ErrorCode.FORBIDDEN,
          "Your roles receive no notifications.");
    }
    Addressee reader = Addressee.of(actor);
    Optional<Notification> found =
        notifications.find(reader, id).filter(n -> !visibleOnly(actor, List.of(n)).isEmpty());
    if (found.isEmpty()) {
      return refused(
          actor, AuditAction.MARK_NOTIFICATION_READ, ErrorCode.NOT_FOUND, "No such notification.");
    }
    Instant at = clock.instant();
    return unitOfWork.inTransaction(
        () -> {
          notifications.markRead(reader, id, at);
          auditLog.append(
              AuditEntry.accepted(actor, new NotificationEvent.NotificationRead(id, at)));
          Notification n = found.get();
          return Result.ok(
              new Notification(
                  n.id(),
                  n.kind(),
                  n.caseId(),
                  n.caseKind(),
                  n.caseReference(),
                  n.due(),
                  n.createdAt(),
                  true));
        });
  }

  /** Marks every unread notification of the reader's feed read; answers how many. */
  public Result<Integer> markAllRead(Actor actor) {
    if (!visibleCases.anyKindVisibleTo(actor)) {
      return refused(
          actor,
          AuditAction.MARK_ALL_NOTIFICATIONS_READ,
          ErrorCode.FORBIDDEN,
          "Your roles receive no notifications.");
    }
    Addressee reader = Addressee.of(actor);
    Instant at = clock.instant();
    return unitOfWork.inTransaction(
        () -> {
          List<Notification> unread = visible(actor, true, Integer.MAX_VALUE, Optional.empty());
          unread.forEach(n -> notifications.markRead(reader, n.id(), at));
          auditLog.append(
              AuditEntry.accepted(
                  actor, new NotificationEvent.AllNotificationsRead(unread.size(), at)));
          return Result.ok(unread.size());
        });
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

  private <T> Result<T> refused(Actor actor, AuditAction action, ErrorCode code, String message) {
    List<Rejection> rejections = List.of(Rejection.of(code, message));
    unitOfWork.inTransaction(
        () ->
            auditLog.append(AuditEntry.refused(actor, null, action, rejections, clock.instant())));
    return Result.refused(Optional.empty(), rejections);
  }
}
