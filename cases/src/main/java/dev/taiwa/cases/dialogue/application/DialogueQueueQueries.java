package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.dialogue.access.DialogueQueuePolicy;
import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.dialogue.port.DialogueQueues;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import java.time.Clock;
import java.util.Optional;

/**
 * A dialogue officer's queues (mine, unassigned, overdue, awaiting the company, by technology): the
 * policy decides who may read them and what each covers; the store selects and pages them.
 */
public final class DialogueQueueQueries {
  private final DialogueQueues queues;
  private final Clock clock;
  private final DialogueQueuePolicy policy = new DialogueQueuePolicy();

  public DialogueQueueQueries(DialogueQueues queues, Clock clock) {
    this.queues = queues;
    this.clock = clock;
  }

  /** One page of {@code queue}, or the refusal (FORBIDDEN for anyone but a dialogue officer). */
  public Result<Page<PreReport>> queue(
      Actor actor, DialogueQueue queue, Integer technology, PageRequest page) {
    return queue(actor, queue, technology, PreReportOrder.NEWEST, page);
  }

  /** As {@link #queue(Actor, DialogueQueue, Integer, PageRequest)}, in {@code order}. */
  public Result<Page<PreReport>> queue(
      Actor actor,
      DialogueQueue queue,
      Integer technology,
      PreReportOrder order,
      PageRequest page) {
    return queue(actor, queue, technology, null, order, page);
  }

  /**
   * As {@link #queue(Actor, DialogueQueue, Integer, PreReportOrder, PageRequest)}, keeping the
   * cases that contain every word of {@code search} (as {@code PreReportFilter.search}; null or
   * blank: all).
   */
  public Result<Page<PreReport>> queue(
      Actor actor,
      DialogueQueue queue,
      Integer technology,
      String search,
      PreReportOrder order,
      PageRequest page) {
    Result<DialogueQueueSelection> selection =
        policy.select(actor, queue, technology, search, JapanTime.dateOf(clock.instant()));
    if (!selection.accepted()) {
      return Result.refused(Optional.empty(), selection.errors());
    }
    return Result.ok(queues.list(selection.value().orElseThrow(), order, page));
  }
}
