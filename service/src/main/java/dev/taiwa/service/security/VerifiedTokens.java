package dev.taiwa.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Verifies each bearer token once, not on every request: a client sends the same token with every
 * request until it expires, and parsing it, checking its signature and its claims cost about 3 % of
 * a list request's CPU (issue 19). A token that passed keeps its {@link Authentication} until its
 * {@code exp}; from then on it is verified in full again, and so refused. Only a token that passed
 * is kept (a refused one is refused again in full), at most {@value #MAX_TOKENS} of them, the least
 * used going first. What a token may do is still decided per request: {@link CallerCheck} checks
 * the account ({@link dev.taiwa.cases.identity.UserAccounts#findCaller}), so a disabled account or
 * an ended session is refused at once. A known token's {@link TokenValidatedEvent} (whose host and
 * locale cost resolving them) is published only if some bean listens to it; Taiwa has none.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class VerifiedTokens extends TokenAuthenticationFetcher {
  static final int MAX_TOKENS = 10_000;

  private final TokenResolver<HttpRequest<?>> resolver;
  private final boolean heard;
  private final Cache<String, Authentication> verified =
      Caffeine.newBuilder().maximumSize(MAX_TOKENS).build();

  VerifiedTokens(
      List<TokenValidator<HttpRequest<?>>> validators,
      TokenResolver<HttpRequest<?>> resolver,
      ApplicationEventPublisher<TokenValidatedEvent> events,
      HttpHostResolver hosts,
      HttpLocaleResolver locales,
      BeanContext beans) {
    super(validators, resolver, events, hosts, locales);
    this.resolver = resolver;
    this.heard =
        !beans
            .getBeanDefinitions(
                ApplicationEventListener.class,
                Qualifiers.byTypeArguments(TokenValidatedEvent.class))
            .isEmpty();
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    List<String> tokens = resolver.resolveTokens(request);
    if (tokens == null || tokens.size() != 1) {
      return super.fetchAuthentication(request);
    }
    String token = tokens.get(0);
    Authentication known = verified.getIfPresent(token);
    if (known != null && Instant.now().isBefore(expiry(known))) {
      request.setAttribute(SecurityFilter.TOKEN, token);
      if (heard) {
        tokenValidatedEventPublisher.publishEvent(
            new TokenValidatedEvent(
                token,
                httpHostResolver.resolve(request),
                httpLocaleResolver.resolveOrDefault(request)));
      }
      return Mono.just(known);
    }
    return Flux.from(super.fetchAuthentication(request))
        .doOnNext(
            passed -> {
              if (Instant.now().isBefore(expiry(passed))) {
                verified.put(token, passed);
              }
            });
  }

  /** The token's {@code exp}; a token without one (never accepted) counts as expired. */
  static Instant expiry(Authentication authentication) {
    Object exp = authentication.getAttributes().get(Claims.EXPIRATION_TIME);
    if (exp instanceof Date date) {
      return date.toInstant();
    }
    if (exp instanceof Instant instant) {
      return instant;
    }
    if (exp instanceof Number seconds) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    return Instant.MIN;
  }
}
