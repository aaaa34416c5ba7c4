package dev.taiwa.service.access;

import dev.taiwa.service.access.CaseFixture.ProbedCase;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How to try one operation over HTTP and read the answer as {@link Outcome}: the case states to try
 * it in (none for an operation on no case) and the request.
 */
record Probe(List<? extends Enum<?>> states, BiFunction<Caller, ProbedCase, Outcome> run) {

  static Probe onNoCase(BiFunction<Caller, ProbedCase, Outcome> run) {
    return new Probe(List.of(), run);
  }

  static Probe onCasesIn(
      List<? extends Enum<?>> states, BiFunction<Caller, ProbedCase, Outcome> run) {
    return new Probe(states, run);
  }

  /** A query answered: data at {@code path} is present and no error came back. */
  static Outcome answered(GraphQLResponse response, String path) {
    if (!response.errors().isEmpty()) {
      requireRefusal(response.errors().get(0));
      return Outcome.DENIED;
    }
    return response.at(path) != null ? Outcome.ALLOWED : Outcome.DENIED;
  }

  /** A mutation payload: no errors means it went through; FORBIDDEN or NOT_FOUND mean refused. */
  static Outcome payload(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    if (errors == null) {
      throw new AssertionError("no payload for " + field + ": " + response.body());
    }
    if (errors.isEmpty()) {
      return Outcome.ALLOWED;
    }
    errors.forEach(Probe::requireRefusal);
    return Outcome.DENIED;
  }

  /**
   * Fails the probe unless the error is a refusal of access: FORBIDDEN, NOT_FOUND (a case the
   * caller may not see) or INVALID_STATE (the matrix allows the change in other states only).
   */
  private static void requireRefusal(Map<String, Object> error) {
    Object code = error.get("code");
    if (code == null && error.get("extensions") instanceof Map<?, ?> extensions) {
      code = extensions.get("code");
    }
    if (!List.of("FORBIDDEN", "NOT_FOUND", "INVALID_STATE").contains(code)) {
      throw new AssertionError("the probe hit something other than access control: " + error);
    }
  }
}
