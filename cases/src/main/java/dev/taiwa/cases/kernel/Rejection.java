package dev.taiwa.cases.kernel;

import java.util.Objects;

/**
 * One reason a command was refused. {@code field} names the input field at fault (dotted path such
 * as {@code counterparty.country}) or is {@code null} when the rejection concerns the whole
 * command.
 */
public record Rejection(ErrorCode code, String field, String message) {
  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Rejection of(ErrorCode code, String message) {
    return new Rejection(code, null, message);
  }

  public static Rejection onField(ErrorCode code, String field, String message) {
    return new Rejection(code, field, message);
  }
}
