package dev.taiwa.cases.inform.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The two routes of an inform (METI's deck on the dialogue scheme). */
class InformPolicyTest {
  private final InformPolicy policy = new InformPolicy();
  private final Concern unresolved =
      new Concern(
          UUID.randomUUID(),
          CaseId.random(),
          ConcernState.UNRESOLVED,
          ConcernCategory.END_USE,
          Severity.HIGH,
          "最終用途",
          "懸念情報",
          List.of(),
          null,
          Instant.parse("2026-11-22T01:00:00Z"),
          1);

  private static List<String> fieldsAndCodes(List<Rejection> problems) {
    return problems.stream().map(r -> r.field() + " " + r.code()).toList();
  }

  @Test
  void onTheFirstRouteAnInformCitesUnresolvedConcernsOfTheCase() {
    assertEquals(
        List.of(),
        policy.problems(
            InformRoute.UNRESOLVED_CONCERNS,
            List.of(unresolved.id()),
            List.of(),
            List.of(unresolved)));
    assertEquals(
        List.of("citedConcerns REQUIRED"),
        fieldsAndCodes(
            policy.problems(InformRoute.UNRESOLVED_CONCERNS, List.of(), List.of("条件"), List.of())));
  }

  @Test
  void onTheSecondRouteEveryConcernMayBeResolvedButAConditionIsRequired() {
    assertEquals(
        List.of(),
        policy.problems(InformRoute.CONDITIONS_EFFECTIVE, List.of(), List.of("再移転の禁止"), List.of()));
    assertEquals(
        List.of("proposedConditions REQUIRED"),
        fieldsAndCodes(
            policy.problems(InformRoute.CONDITIONS_EFFECTIVE, List.of(), List.of(), List.of())));
  }

  @Test
  void theSecondRouteCitesNoConcernAndTheRouteIsRequired() {
    assertEquals(
        List.of("citedConcerns " + ErrorCode.INVALID_VALUE),
        fieldsAndCodes(
            policy.problems(
                InformRoute.CONDITIONS_EFFECTIVE,
                List.of(unresolved.id()),
                List.of("条件"),
                List.of(unresolved))));
    assertEquals(
        List.of("route REQUIRED"),
        fieldsAndCodes(policy.problems(null, List.of(), List.of(), List.of())));
  }
}
