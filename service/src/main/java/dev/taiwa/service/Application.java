package dev.taiwa.service;

import dev.taiwa.service.security.StartupRefusal;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;

/** Starts the Taiwa service: GraphQL at /graphql, GraphiQL at /graphiql, health at /health. */
public final class Application extends Micronaut {
  private Application() {}

  public static void main(String[] args) {
    Application application = new Application();
    application.args(args).mainClass(Application.class).banner(false);
    if (TrainingRun.requested()) {
      System.exit(TrainingRun.run(application)); // the JVM writes the class-data archive now
    }
    application.start();
  }

  /**
   * A {@link StartupRefusal} (a mistyped mode, a default or shared secret in production) is printed
   * as its one line on standard error, without a stack trace; the process exits with status 1.
   * Anything else is Micronaut's to report.
   */
  @Override
  protected void handleStartupException(Environment environment, Throwable exception) {
    var refusal = StartupRefusal.in(exception);
    if (refusal.isEmpty()) {
      super.handleStartupException(environment, exception);
      return;
    }
    System.err.println(refusal.get().getMessage());
    System.err.flush();
    System.exit(1);
  }
}
