package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.Rejection;
import java.util.List;

/**
 * What a dialogue command decided before anything is written: the new value, the writes to run in
 * the transaction and the events to audit; or the refusals.
 */
record DialogueStep<T>(
    T value, Runnable writes, List<DomainEvent> events, List<Rejection> problems) {

  static <T> DialogueStep<T> accepted(T value, Runnable writes, List<DomainEvent> events) {
    return new DialogueStep<>(value, writes, List.copyOf(events), List.of());
  }

  static <T> DialogueStep<T> refused(List<Rejection> problems) {
    return new DialogueStep<>(null, () -> {}, List.of(), List.copyOf(problems));
  }
}
