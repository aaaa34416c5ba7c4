package dev.taiwa.cases.dialogue.access;

import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read the dialogue queues and what each queue covers: only dialogue officers; every queue
 * lists open filed cases (submitted and not yet in an outcome state), never a company's draft.
 */
public final class DialogueQueuePolicy {
  private static final Set<Role> READERS =
      Collections.unmodifiableSet(EnumSet.of(Role.DIALOGUE_OFFICER));
  private static final Set<PreReportState> QUEUED_STATES =
      Collections.unmodifiableSet(
          Arrays.stream(PreReportState.values())
              .filter(s -> s.isOpen() && s != PreReportState.DRAFT)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(PreReportState.class))));

  /** The roles that may read the queues. */
  public Set<Role> readers() {
    return READERS;
  }

  /** The case states every queue covers: open, filed cases. */
  public Set<PreReportState> queuedStates() {
    return QUEUED_STATES;
  }

  /**
   * What {@code actor} asked for as a store selection, or the refusal: FORBIDDEN for a caller who
   * is not a dialogue officer, INVALID_VALUE for the technology queue without a technology.
   */
  public Result<DialogueQueueSelection> select(
      Actor actor, DialogueQueue queue, Integer technology, LocalDate today) {
    return select(actor, queue, technology, null, today);
  }

  /** As {@link #select(Actor, DialogueQueue, Integer, LocalDate)}, narrowed by search words. */
  public Result<DialogueQueueSelection> select(
      Actor actor, DialogueQueue queue, Integer technology, String search, LocalDate today) {
    if (READERS.stream().noneMatch(actor::has)) {
      return refused(
          new Rejection(ErrorCode.FORBIDDEN, null, "Only dialogue officers have queues"));
    }
    if (queue == null) {
      return refused(Rejection.onField(ErrorCode.INVALID_VALUE, "kind", "No queue"));
    }
    if (queue == DialogueQueue.BY_TECHNOLOGY && technology == null) {
      return refused(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "technology", "The technology queue needs a number"));
    }
    Integer shownTechnology = queue == DialogueQueue.BY_TECHNOLOGY ? technology : null;
    return Result.ok(
        new DialogueQueueSelection(
            queue, QUEUED_STATES, actor.userId(), shownTechnology, today, search));
  }

  private static Result<DialogueQueueSelection> refused(Rejection rejection) {
    return Result.refused(Optional.empty(), List.of(rejection));
  }
}
