package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.JapanTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A designation as its records tell it: decided on {@code designatedOn}, running to {@code
 * periodEnd} (the latest designation or extension), extended {@code extensions} times, lifted with
 * a notice date or expired. {@link #number()} numbers the current period: 1, then 2 after the first
 * extension.
 */
public record DesignationTerm(
    LocalDate designatedOn,
    LocalDate periodEnd,
    int extensions,
    Optional<LocalDate> liftedOn,
    Optional<LocalDate> liftingNoticeDate,
    Optional<String> liftingReason,
    Optional<LocalDate> expiredOn) {

  /** The current period's number. */
  public int number() {
    return extensions + 1;
  }

  /** The term the records tell, or empty when the application was never designated. */
  public static Optional<DesignationTerm> of(List<ReviewRecord> records) {
    Optional<ReviewRecord> designation =
        records.stream().filter(r -> r.kind() == ReviewRecordKind.DESIGNATION).findFirst();
    if (designation.isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = designation.get().date().orElseThrow();
    int extensions = 0;
    Optional<ReviewRecord> lifting = Optional.empty();
    Optional<ReviewRecord> expiry = Optional.empty();
    for (ReviewRecord r : records) {
      switch (r.kind()) {
        case EXTENSION -> {
          end = r.date().orElseThrow();
          extensions++;
        }
        case LIFTING -> lifting = Optional.of(r);
        case EXPIRY -> expiry = Optional.of(r);
        default -> {}
      }
    }
    return Optional.of(
        new DesignationTerm(
            JapanTime.dateOf(designation.get().recordedAt()),
            end,
            extensions,
            lifting.map(r -> JapanTime.dateOf(r.recordedAt())),
            lifting.flatMap(ReviewRecord::date),
            lifting.map(ReviewRecord::text),
            expiry.map(r -> JapanTime.dateOf(r.recordedAt()))));
  }
}
