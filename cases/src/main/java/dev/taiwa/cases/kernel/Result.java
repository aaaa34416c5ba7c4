package dev.taiwa.cases.kernel;

import java.util.List;
import java.util.Optional;

/**
 * What a use case hands back: the case as it now stands (when the caller may see it) and the
 * reasons for a refusal. An empty {@code errors} list means the command was accepted.
 */
public record Result<T>(Optional<T> value, List<Rejection> errors) {
  public Result {
    errors = List.copyOf(errors);
  }

  public static <T> Result<T> ok(T value) {
    return new Result<>(Optional.of(value), List.of());
  }

  public static <T> Result<T> refused(Optional<T> current, List<Rejection> errors) {
    return new Result<>(current, errors);
  }

  public boolean accepted() {
    return errors.isEmpty();
  }

  /** The same answer with its value seen through {@code view}. */
  public <U> Result<U> map(java.util.function.Function<T, U> view) {
    return new Result<>(value.map(view), errors);
  }
}
