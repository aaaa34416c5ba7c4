package dev.taiwa.service.security;

/**
 * Taiwa refuses to start, for a reason the operator fixes in the configuration. Its message is the
 * one line the operator reads: {@code Application} prints it without a stack trace.
 */
public final class StartupRefusal extends RuntimeException {
  public StartupRefusal(String message) {
    super(message, null, false, false);
  }

  /** The refusal among {@code failure} and its causes, if any. */
  public static java.util.Optional<StartupRefusal> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StartupRefusal refusal) {
        return java.util.Optional.of(refusal);
      }
    }
    return java.util.Optional.empty();
  }
}
