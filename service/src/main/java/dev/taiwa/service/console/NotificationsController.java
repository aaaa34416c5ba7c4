package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.notification.Notification;
import dev.taiwa.cases.notification.application.FeedPage;
import dev.taiwa.cases.notification.application.NotificationFeed;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's notifications ({@code /notifications}) from the same {@link NotificationFeed} as the
 * API's {@code notifications} query: the newest page, the unread count, and one button that marks
 * them all read ({@code markAllNotificationsRead}).
 */
@Controller(ConsolePaths.NOTIFICATIONS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class NotificationsController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
  private static final int SHOWN = 50;

  private final NotificationFeed feed;
  private final SignedInReader signedIn;

  NotificationsController(NotificationFeed feed, SignedInReader signedIn) {
    this.feed = feed;
    this.signedIn = signedIn;
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> list(HttpRequest<?> request) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    SignedIn header = signedIn.of(caller);
    Result<FeedPage> page = feed.feed(caller.actor(), false, SHOWN, Optional.empty());
    Result<Integer> unread = feed.unreadCount(caller.actor());
    List<NotificationsPage.Row> rows =
        page.value().map(FeedPage::items).orElse(List.of()).stream()
            .map(n -> row(n, caller.texts()))
            .toList();
    NotificationsPage model =
        new NotificationsPage(
            header,
            unread.value().orElse(0),
            rows,
            page.value().map(FeedPage::hasNext).orElse(false),
            page.accepted() ? "" : caller.texts().get("notifications.refused"));
    return HttpResponse.status(page.accepted() ? HttpStatus.OK : HttpStatus.FORBIDDEN)
        .body(new ModelAndView<>("console/notifications", Map.of("page", model)));
  }

  @Post(value = "/read", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> markAllRead(HttpRequest<?> request, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    Result<Integer> marked = feed.markAllRead(caller.actor());
    if (!marked.accepted()) {
      // The roles receive no notifications: the same refused list as the page itself.
      return list(request);
    }
    return HttpResponse.seeOther(URI.create(ConsolePaths.NOTIFICATIONS));
  }

  private static NotificationsPage.Row row(Notification n, Texts t) {
    return new NotificationsPage.Row(
        WorkLabels.of(n.kind(), t),
        n.caseReference(),
        n.caseKind() == CaseKind.PRE_REPORT ? ConsolePaths.caseOf(n.caseId().value()) : "",
        n.due().map(ConsoleDates::date).orElse(""),
        ConsoleDates.dateTime(n.createdAt()),
        n.read());
  }
}
