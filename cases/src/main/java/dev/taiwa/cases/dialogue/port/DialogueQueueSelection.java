package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One queue as the store must select it: the cases in {@code states} that belong to {@code queue}.
 *
 * @param queue which queue
 * @param states the case states the queue covers (open filed states)
 * @param officer the caller, for {@link DialogueQueue#MINE}
 * @param technology the technology number, for {@link DialogueQueue#BY_TECHNOLOGY}
 * @param today the Tokyo date deadlines are compared with, for {@link DialogueQueue#OVERDUE}
 * @param search words every case of the page must contain, as {@code PreReportFilter.search} (null:
 *     none)
 */
public record DialogueQueueSelection(
    DialogueQueue queue,
    Set<PreReportState> states,
    UserId officer,
    Integer technology,
    LocalDate today,
    String search) {
  /** No search words. */
  public DialogueQueueSelection(
      DialogueQueue queue,
      Set<PreReportState> states,
      UserId officer,
      Integer technology,
      LocalDate today) {
    this(queue, states, officer, technology, today, null);
  }

  public DialogueQueueSelection {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(today, "today");
    states = Set.copyOf(states);
    if (states.isEmpty()) {
      throw new IllegalArgumentException("a queue covers at least one state");
    }
    if (queue == DialogueQueue.BY_TECHNOLOGY && technology == null) {
      throw new IllegalArgumentException("the technology queue needs a technology number");
    }
  }
}
