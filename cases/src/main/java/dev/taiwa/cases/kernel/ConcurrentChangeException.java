package dev.taiwa.cases.kernel;

/** A store refused a write because the case changed since it was read. */
public class ConcurrentChangeException extends RuntimeException {
  public ConcurrentChangeException(String message) {
    super(message);
  }
}
