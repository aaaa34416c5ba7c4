package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.service.security.ActorResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Optional;

/**
 * The console's pages need a live browser session: the session cookie names one that has not been
 * idle too long, and its account is still enabled in the same session epoch (disabling an account,
 * resetting its password or changing its roles ends its console sessions as it ends its tokens).
 * Otherwise the browser is sent to the sign-in page. Only the console's paths pass here: the API
 * ({@code /graphql}) takes bearer tokens and never reads this cookie.
 */
@ServerFilter({
  ConsolePaths.HOME,
  ConsolePaths.CASES + "/**",
  ConsolePaths.SIGN_OUT,
  ConsolePaths.QUEUES,
  ConsolePaths.AUDIT,
  ConsolePaths.AUDIT + "/**",
  ConsolePaths.NOTIFICATIONS,
  ConsolePaths.NOTIFICATIONS + "/**",
  ConsolePaths.DASHBOARD,
  ConsolePaths.DASHBOARD_CSV,
  ConsolePaths.ADMIN + "/**",
  ConsolePaths.IMPORTS,
  ConsolePaths.IMPORTS + "/**",
  ConsolePaths.PATENTS,
  ConsolePaths.PATENTS + "/**",
  ConsolePaths.CONFIRMATIONS,
  ConsolePaths.CONFIRMATIONS + "/**",
  ConsolePaths.VIEWS,
  ConsolePaths.VIEW_PAGES
})
final class ConsoleAuthentication implements Ordered {
  private final ConsoleSessions sessions;
  private final ActorResolver actors;

  ConsoleAuthentication(ConsoleSessions sessions, ActorResolver actors) {
    this.sessions = sessions;
    this.actors = actors;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> requireSession(HttpRequest<?> request) {
    Optional<ConsoleSession> session =
        ConsoleCookies.read(request, ConsoleCookies.SESSION).flatMap(sessions::use);
    Optional<Actor> actor =
        session.flatMap(found -> actors.resolve(found.userId(), found.sessionEpoch()));
    if (actor.isEmpty()) {
      session.ifPresent(found -> sessions.end(found.id()));
      return HttpResponse.seeOther(URI.create(ConsolePaths.SIGN_IN));
    }
    new ConsoleRequest(session.get(), actor.get(), ConsoleLanguage.of(request)).attachTo(request);
    return null;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
