package dev.taiwa.cases.deadline.tracking;

import dev.taiwa.cases.deadline.Pause;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline's clock stopped on {@code stoppedOn} for {@code reason} (e.g. an open query to the
 * company), under {@code key} (what stopped it, so that answering one of two queries restarts
 * nothing while the other is open), and restarted on {@code restartedOn} if it has been. The days
 * from the stop up to the day before the restart do not run; a stop restarted on its own day pauses
 * nothing.
 */
public record ClockStop(
    String key, LocalDate stoppedOn, Optional<LocalDate> restartedOn, String reason) {
  public ClockStop {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stoppedOn, "stoppedOn");
    Objects.requireNonNull(restartedOn, "restartedOn");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a clock stop needs a reason");
    }
    if (restartedOn.isPresent() && restartedOn.get().isBefore(stoppedOn)) {
      throw new IllegalArgumentException("a clock cannot restart before it stopped");
    }
  }

  public static ClockStop running(String key, LocalDate stoppedOn, String reason) {
    return new ClockStop(key, stoppedOn, Optional.empty(), reason);
  }

  public boolean isRunning() {
    return restartedOn.isEmpty();
  }

  public ClockStop restartedOn(LocalDate day) {
    LocalDate restart = day.isBefore(stoppedOn) ? stoppedOn : day;
    return new ClockStop(key, stoppedOn, Optional.of(restart), reason);
  }

  /** The pause this stop makes as seen on {@code today}; empty when it paused no day. */
  public Optional<Pause> asPause(LocalDate today) {
    if (restartedOn.isEmpty()) {
      LocalDate through = today.isBefore(stoppedOn) ? stoppedOn : today;
      return Optional.of(Pause.stillOpen(stoppedOn, through, reason));
    }
    LocalDate lastPaused = restartedOn.get().minusDays(1);
    if (lastPaused.isBefore(stoppedOn)) {
      return Optional.empty();
    }
    return Optional.of(Pause.closed(stoppedOn, lastPaused, reason));
  }
}
