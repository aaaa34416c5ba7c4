package dev.taiwa.graphql.support;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Actor;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;

/** Where the authenticated {@link Actor} of a request lives: the request's GraphQLContext. */
public final class RequestActor {
  private RequestActor() {}

  /** Puts {@code actor} into the context; a null actor leaves the request anonymous. */
  public static void put(GraphQLContext.Builder context, Actor actor) {
    if (actor != null) {
      context.of(Actor.class, actor);
    }
  }

  /**
   * Puts the caller's account, as the request read it to resolve the actor, into the context: so
   * nothing in the request reads it again.
   */
  public static void putAccount(GraphQLContext.Builder context, UserAccount account) {
    context.of(UserAccount.class, account);
  }

  /** The caller's account as the request read it, when it was put into the context. */
  public static Optional<UserAccount> account(DataFetchingEnvironment env) {
    UserAccount account = env.getGraphQlContext().get(UserAccount.class);
    Actor actor = env.getGraphQlContext().get(Actor.class);
    return Optional.ofNullable(account).filter(a -> actor != null && a.id().equals(actor.userId()));
  }

  /** The request's actor; refuses with UNAUTHENTICATED when the request carries none. */
  public static Actor require(DataFetchingEnvironment env) {
    return requireActor(env.getGraphQlContext().get(Actor.class));
  }

  /**
   * {@code actor} (a DataLoader's batch context) as an Actor; refuses with UNAUTHENTICATED when it
   * is none.
   */
  public static Actor requireActor(Object actor) {
    if (actor instanceof Actor known) {
      return known;
    }
    throw new RefusalException(RefusalException.UNAUTHENTICATED, "Sign in to use this API.");
  }
}
