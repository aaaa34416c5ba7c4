package dev.taiwa.cases.kernel;

import java.util.List;

/** The answer of a command: the events it produced, or why it was refused. */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

  static Decision accepted(List<? extends DomainEvent> events) {
    return new Accepted(List.copyOf(events));
  }

  static Decision rejected(List<Rejection> rejections) {
    return new Rejected(List.copyOf(rejections));
  }

  static Decision rejected(Rejection rejection) {
    return new Rejected(List.of(rejection));
  }

  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  record Accepted(List<DomainEvent> events) implements Decision {}

  record Rejected(List<Rejection> rejections) implements Decision {
    public Rejected {
      if (rejections.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one reason");
      }
    }
  }
}
