package dev.taiwa.graphql.support;

import dev.taiwa.cases.kernel.Actor;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/** Where the authenticated {@link Actor} of a request lives: the request's GraphQLContext. */
public final class RequestActor {
  private RequestActor() {}

  /** Puts {@code actor} into the context; a null actor leaves the request anonymous. */
  public static void put(GraphQLContext.Builder context, Actor actor) {
    if (actor != null) {
      context.of(Actor.class, actor);
    }
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
