package dev.taiwa.graphql.audit;

import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the coerced {@code AuditFilter} input into the use case's {@link AuditFilter}; ids that are
 * no UUIDs and a period given twice are refused with INVALID_VALUE.
 */
final class AuditInputs {
  private AuditInputs() {}

  static AuditFilter filter(Map<String, Object> input) {
    if (input == null) {
      return AuditFilter.none();
    }
    String actorId = get(input, "actorId");
    String caseId = get(input, "caseId");
    Set<String> actions = new HashSet<>();
    String action = get(input, "action");
    List<String> listed = get(input, "actions");
    if (action != null) {
      actions.add(action);
    }
    if (listed != null) {
      actions.addAll(listed);
    }
    return AuditFilter.none()
        .withActorId(actorId == null ? null : new UserId(uuid(actorId, "filter.actorId")))
        .withActorName(get(input, "actorName"))
        .withCase(caseId == null ? null : new CaseId(uuid(caseId, "filter.caseId")))
        .withActions(actions)
        .withOutcome(AuditInputs.<AuditOutcome>get(input, "outcome"))
        .withPeriod(from(input), before(input));
  }

  private static Instant from(Map<String, Object> input) {
    Instant instant = get(input, "occurredFrom");
    LocalDate date = get(input, "fromDate");
    if (instant != null && date != null) {
      throw twice("occurredFrom", "fromDate");
    }
    return date == null ? instant : AuditFilter.startOf(date);
  }

  private static Instant before(Map<String, Object> input) {
    Instant instant = get(input, "occurredBefore");
    LocalDate date = get(input, "toDate");
    if (instant != null && date != null) {
      throw twice("occurredBefore", "toDate");
    }
    return date == null ? instant : AuditFilter.endOf(date);
  }

  private static RefusalException twice(String instant, String date) {
    return new RefusalException(
        ErrorCode.INVALID_VALUE,
        "filter." + instant + " and filter." + date + " exclude each other");
  }

  private static java.util.UUID uuid(String text, String field) {
    return Ids.uuid(text)
        .orElseThrow(
            () -> new RefusalException(ErrorCode.INVALID_VALUE, field + " is not a valid id"));
  }

  @SuppressWarnings("unchecked")
  private static <T> T get(Map<String, Object> input, String name) {
    return (T) input.get(name);
  }
}
