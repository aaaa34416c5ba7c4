package dev.taiwa.tools;

/**
 * A command could not run for a reason the operator can fix (an unknown account, an unreadable
 * file): printed as one line, exit code 2.
 */
public final class ToolFailure extends RuntimeException {
  public ToolFailure(String message) {
    super(message);
  }
}
