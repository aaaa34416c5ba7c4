package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.prereport.model.ApplicabilityAnswer;
import dev.taiwa.cases.prereport.model.ApplicabilityQuestion;
import dev.taiwa.cases.prereport.model.ApplicabilityReason;
import dev.taiwa.cases.prereport.model.ApplicabilityVerdict;
import dev.taiwa.cases.prereport.model.Exemption;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplicabilityQueryTest {
  private final ApiHarness api = new ApiHarness();
  private final Actor filer = Fixtures.aFiler(OrganisationId.random());

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void theQuestionReachesTheCheckAndTheExplainedAnswerComesBack() {
    when(api.applicability.check(any()))
        .thenReturn(
            new ApplicabilityAnswer(
                ApplicabilityVerdict.UNCERTAIN,
                List.of(
                    new ApplicabilityReason(
                        "applicability.licensingVerdict",
                        "METI guidance (unconfirmed)",
                        ApplicabilityVerdict.UNCERTAIN,
                        "Sources conflict on licensing",
                        "ライセンス供与は資料によって異なります"))));

    Map<String, Object> response =
        api.response(
            filer,
            "{ checkApplicability(input: { technologyNumbers: [1, 8], destinationCountry: \"VN\","
                + " transactionType: LICENSING, claimedExemptions: [BASIC_RESEARCH],"
                + " asOf: \"2026-04-07\" })"
                + " { verdict reasons { rule legalReference points message messageJa } } }");

    assertNull(response.get("errors"));
    verify(api.applicability)
        .check(
            new ApplicabilityQuestion(
                List.of(1, 8),
                "VN",
                TransactionType.LICENSING,
                Set.of(Exemption.BASIC_RESEARCH),
                LocalDate.of(2026, 4, 7)));
    assertEquals(
        Map.of(
            "checkApplicability",
            Map.of(
                "verdict",
                "UNCERTAIN",
                "reasons",
                List.of(
                    Map.of(
                        "rule", "applicability.licensingVerdict",
                        "legalReference", "METI guidance (unconfirmed)",
                        "points", "UNCERTAIN",
                        "message", "Sources conflict on licensing",
                        "messageJa", "ライセンス供与は資料によって異なります")))),
        response.get("data"));
  }

  @Test
  void withoutAsOfTheQuestionIsAskedForTodayInTokyoWithoutExemptions() {
    when(api.applicability.check(any()))
        .thenReturn(new ApplicabilityAnswer(ApplicabilityVerdict.REPORTABLE, List.of()));

    api.response(
        filer,
        "{ checkApplicability(input: { technologyNumbers: [1], destinationCountry: \"CN\","
            + " transactionType: JOINT_VENTURE }) { verdict } }");

    verify(api.applicability)
        .check(
            new ApplicabilityQuestion(
                List.of(1),
                "CN",
                TransactionType.JOINT_VENTURE,
                Set.of(),
                LocalDate.of(2026, 1, 1)));
  }
}
