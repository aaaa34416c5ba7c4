package dev.taiwa.cases.screening.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The re-screening of every open filed case against one newly imported list version: recorded with
 * the import (PENDING), started by whichever node takes the job's lease (RUNNING, with the number
 * of open cases counted then), advanced batch by batch behind a cursor (the last case id done, in
 * id order) committed with the batch's counts, so a run that stops resumes after its last batch and
 * screens no case twice; FINISHED once every open case was screened.
 */
public record RescreenRun(
    ListVersionId version,
    State state,
    Integer total,
    int screened,
    int casesWithNewHits,
    int newHits,
    String afterCase,
    Instant startedAt,
    Instant finishedAt) {

  /** Where a run stands. */
  public enum State {
    PENDING,
    RUNNING,
    FINISHED
  }

  public RescreenRun {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(state, "state");
  }

  public boolean finished() {
    return state == State.FINISHED;
  }

  /** The last case done, in case-id order; empty before the first batch. */
  public Optional<String> cursor() {
    return Optional.ofNullable(afterCase);
  }
}
