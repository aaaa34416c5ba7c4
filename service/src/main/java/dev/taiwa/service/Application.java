package dev.taiwa.service;

import io.micronaut.runtime.Micronaut;

/** Starts the Taiwa service: GraphQL at /graphql, GraphiQL at /graphiql, health at /health. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
