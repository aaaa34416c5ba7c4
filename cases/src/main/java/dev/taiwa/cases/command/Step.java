package dev.taiwa.cases.command;

import dev.taiwa.cases.kernel.Decision;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.Rejection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command's behaviour decided: the value to answer with, the events to audit and the writes
 * to run in the command's transaction; or the reasons it refuses after all.
 */
public sealed interface Step<R> permits Step.Accepted, Step.Refused {

  static <R> Step<R> accepted(R value, List<? extends DomainEvent> events, Runnable writes) {
    return new Accepted<>(
        List.copyOf(events),
        () -> {
          writes.run();
          return value;
        });
  }

  /** Accepted, answering with what {@code writes} returns (e.g. a due date the store computed). */
  static <R> Step<R> writing(DomainEvent event, Supplier<R> writes) {
    return new Accepted<>(List.of(event), writes);
  }

  static <R> Step<R> accepted(R value, DomainEvent event, Runnable writes) {
    return accepted(value, List.of(event), writes);
  }

  static <R> Step<R> refused(List<Rejection> rejections) {
    return new Refused<>(List.copyOf(rejections));
  }

  /**
   * The step of an aggregate that decides for itself ({@link Decision}): its events become the
   * step's events, and {@code accepted} builds the value and writes from them.
   */
  static <R> Step<R> of(Decision decision, Function<List<DomainEvent>, Step<R>> accepted) {
    if (decision instanceof Decision.Rejected rejected) {
      return refused(rejected.rejections());
    }
    return accepted.apply(((Decision.Accepted) decision).events());
  }

  /**
   * The command changes the aggregate: {@code write} runs in the command's transaction and returns
   * what the caller is answered with.
   */
  record Accepted<R>(List<DomainEvent> events, Supplier<R> write) implements Step<R> {

    /** The same step, answering with {@code view} of its answer. */
    public <U> Accepted<U> map(Function<R, U> view) {
      return new Accepted<>(events, () -> view.apply(write.get()));
    }
  }

  /** The command is refused; nothing is written but its REJECTED audit entry. */
  record Refused<R>(List<Rejection> rejections) implements Step<R> {
    public Refused {
      if (rejections.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs at least one reason");
      }
    }
  }
}
