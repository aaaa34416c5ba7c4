package dev.taiwa.cases.kernel;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The store could not take its write lock in time (another writer held it longer than the store's
 * bounded wait); nothing of the work was written. Retryable: the caller may try the same work again
 * after {@link #retryAfter()}. Thrown by the persistence adapters, never by domain code; clients
 * see it as {@code BUSY}.
 */
public final class StoreBusyException extends RuntimeException {
  /** The code clients see: GraphQL {@code extensions.code}, the JSON body of an HTTP 503. */
  public static final String CODE = "BUSY";

  private final Duration retryAfter;

  public StoreBusyException(Duration retryAfter, Throwable cause) {
    super(
        "the store could not take its write lock in time; nothing was written; retry after "
            + wholeSeconds(retryAfter)
            + " s",
        cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long the caller should wait before it tries again. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** {@link #retryAfter()} in whole seconds, rounded up, at least 1 (for a Retry-After header). */
  public long retryAfterSeconds() {
    return wholeSeconds(retryAfter);
  }

  /** The first {@code StoreBusyException} in {@code failure}'s chain of causes, if any. */
  public static Optional<StoreBusyException> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StoreBusyException busy) {
        return Optional.of(busy);
      }
    }
    return Optional.empty();
  }

  private static long wholeSeconds(Duration duration) {
    long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
