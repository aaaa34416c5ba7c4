package dev.taiwa.service.graphql;

import graphql.GraphQL;
import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the GraphQL schema, and with it every use case it serves, on a thread of its own as soon
 * as the application context has started, while the HTTP server is still being started: the first
 * request then finds it built instead of building it itself (about 2 s of CPU on a cold JVM). A
 * request that comes sooner waits for the same build. A failure here is only logged: the first
 * request meets it again and reports it. The command-line tools serve no GraphQL and skip it.
 */
@Singleton
@Requires(notEnv = "cli")
final class GraphQLWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(GraphQLWarmUp.class);

  private final BeanProvider<GraphQL> graphQL;
  private final BeanContext context;

  GraphQLWarmUp(BeanProvider<GraphQL> graphQL, BeanContext context) {
    this.graphQL = graphQL;
    this.context = context;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    Thread build = new Thread(this::build, "graphql-warm-up");
    build.setDaemon(true);
    build.start();
  }

  private void build() {
    long started = System.nanoTime();
    try {
      graphQL.get();
      LOG.debug("GraphQL schema built in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      if (!context.isRunning()) {
        return; // stopped meanwhile (a test's context): nothing will be served
      }
      LOG.warn("Building the GraphQL schema ahead of the first request failed: {}", e.toString());
    }
  }
}
