package dev.taiwa.cases.prereport.application;

import static dev.taiwa.cases.prereport.model.ApplicabilityVerdict.NOT_REPORTABLE;
import static dev.taiwa.cases.prereport.model.ApplicabilityVerdict.REPORTABLE;
import static dev.taiwa.cases.prereport.model.ApplicabilityVerdict.UNCERTAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.catalogue.FixedGroupACountries;
import dev.taiwa.cases.catalogue.FixedTechnologyRevisions;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.prereport.model.ApplicabilityAnswer;
import dev.taiwa.cases.prereport.model.ApplicabilityQuestion;
import dev.taiwa.cases.prereport.model.ApplicabilityReason;
import dev.taiwa.cases.prereport.model.ApplicabilityVerdict;
import dev.taiwa.cases.prereport.model.Exemption;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicabilityCheckTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private final ApplicabilityCheck check = checkWith(PreReportRules.defaults());

  private static ApplicabilityCheck checkWith(PreReportRules rules) {
    return new ApplicabilityCheck(
        new TechnologyCatalogue(new FixedTechnologyRevisions()), new FixedGroupACountries(), rules);
  }

  /** A plainly reportable transfer: MLCC, to China, contract manufacturing, no exemption. */
  private static ApplicabilityQuestion question(
      List<Integer> technologies, String country, TransactionType type, Set<Exemption> claimed) {
    return new ApplicabilityQuestion(technologies, country, type, claimed, AS_OF);
  }

  private static ApplicabilityQuestion reportable() {
    return question(List.of(1), "CN", TransactionType.CONTRACT_MANUFACTURING, Set.of());
  }

  private static ApplicabilityReason reasonOf(ApplicabilityAnswer answer, String rule) {
    return answer.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void aListedTechnologyToANonGroupACountryByContractManufacturingIsReportable() {
    ApplicabilityAnswer answer = check.check(reportable());

    assertEquals(REPORTABLE, answer.verdict());
    assertEquals(
        List.of(
            ApplicabilityCheck.LISTED_TECHNOLOGY,
            ApplicabilityCheck.GROUP_A_DESTINATION,
            ApplicabilityCheck.ACT_TYPE),
        answer.reasons().stream().map(ApplicabilityReason::rule).toList());
    assertTrue(answer.reasons().stream().allMatch(r -> r.points() == REPORTABLE));
    assertEquals(
        "Technology 1 (Multilayer ceramic capacitors, 積層セラミックコンデンサ（MLCC）) is a listed"
            + " technology (対象技術) in force on 2026-11-22.",
        answer.reasons().get(0).message());
    assertEquals(
        "METI Notice No. 178 of 2024 (as amended)", answer.reasons().get(0).legalReference());
    assertEquals(
        List.of(
            "技術1（積層セラミックコンデンサ（MLCC））は2026年11月22日時点で効力のある対象技術です。",
            "中国（CN）はグループA国ではありません。",
            "外国企業への委託生産は報告対象の行為です。"),
        answer.reasons().stream().map(ApplicabilityReason::messageJa).toList());
  }

  /**
   * Every reason any answer can give says it in Japanese too: the companies asking read Japanese,
   * so no reason may reach them as an English sentence.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TransactionType.class)
  void everyReasonIsAlsoGivenInJapanese(TransactionType act) {
    List<ApplicabilityQuestion> questions = new java.util.ArrayList<>();
    for (List<Integer> technologies : List.of(List.<Integer>of(), List.of(1), List.of(99))) {
      for (String country : java.util.Arrays.asList(null, "JP", "US", "VN", "XX1")) {
        questions.add(question(technologies, country, act, Set.of(Exemption.values())));
      }
    }
    for (LocalDate day :
        List.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 30))) {
      questions.add(new ApplicabilityQuestion(List.of(1, 11, 22), "CN", act, Set.of(), day));
    }
    questions.add(question(List.of(1), "CN", null, Set.of()));
    for (ApplicabilityQuestion question : questions) {
      for (ApplicabilityReason reason : check.check(question).reasons()) {
        String ja = reason.messageJa();
        assertTrue(
            ja != null && ja.codePoints().anyMatch(c -> c >= 0x3041 && c <= 0x309F),
            "not a Japanese sentence: " + ja + " for " + reason.message());
        assertTrue(
            !ja.contains(" the ") && !ja.contains(" is ") && !ja.contains(" not "),
            "English left in: " + ja);
      }
    }
  }

  @Nested
  class Destination {
    @ParameterizedTest
    @ValueSource(strings = {"US", "GB", "KR", "DE", "AU"})
    void aGroupACountryIsNotReportable(String country) {
      ApplicabilityAnswer answer =
          check.check(question(List.of(1), country, TransactionType.JOINT_VENTURE, Set.of()));

      assertEquals(NOT_REPORTABLE, answer.verdict());
      ApplicabilityReason reason = reasonOf(answer, ApplicabilityCheck.GROUP_A_DESTINATION);
      assertEquals(NOT_REPORTABLE, reason.points());
      assertTrue(reason.legalReference().contains("Art. 55-8"));
      assertTrue(reason.legalReference().contains("Appendix 3"));
      assertTrue(reason.message().contains("グループA国"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "VN", "TW", "IN", "TH"})
    void aCountryOutsideGroupAPointsToReportable(String country) {
      ApplicabilityAnswer answer =
          check.check(question(List.of(1), country, TransactionType.JOINT_VENTURE, Set.of()));

      assertEquals(REPORTABLE, answer.verdict());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "cn", "China", ""})
    void anInvalidCountryMakesTheAnswerUncertainWithoutFailing(String country) {
      ApplicabilityAnswer answer =
          check.check(question(List.of(1), country, TransactionType.JOINT_VENTURE, Set.of()));

      assertEquals(UNCERTAIN, answer.verdict());
      assertEquals(UNCERTAIN, reasonOf(answer, ApplicabilityCheck.GROUP_A_DESTINATION).points());
    }

    @Test
    void aTransferToJapanIsNotATransferAbroad() {
      ApplicabilityAnswer answer =
          check.check(question(List.of(1), "JP", TransactionType.JOINT_VENTURE, Set.of()));

      assertEquals(NOT_REPORTABLE, answer.verdict());
      ApplicabilityReason reason = reasonOf(answer, ApplicabilityCheck.TRANSFER_ABROAD);
      assertEquals(NOT_REPORTABLE, reason.points());
      assertTrue(reason.message().startsWith("Japan (JP) is not abroad"), reason.message());
      assertTrue(
          answer.reasons().stream()
              .noneMatch(r -> r.rule().equals(ApplicabilityCheck.GROUP_A_DESTINATION)));
    }

    @Test
    void aMissingCountryMakesTheAnswerUncertain() {
      assertEquals(
          UNCERTAIN,
          check
              .check(question(List.of(1), null, TransactionType.JOINT_VENTURE, Set.of()))
              .verdict());
    }
  }

  @Nested
  class ActType {
    @ParameterizedTest
    @EnumSource(
        value = TransactionType.class,
        names = {"OVERSEAS_SUBSIDIARY_PRODUCTION", "CONTRACT_MANUFACTURING", "JOINT_VENTURE"})
    void theNamedActsAreReportable(TransactionType type) {
      ApplicabilityAnswer answer = check.check(question(List.of(1), "CN", type, Set.of()));

      assertEquals(REPORTABLE, answer.verdict());
      assertEquals(REPORTABLE, reasonOf(answer, ApplicabilityCheck.ACT_TYPE).points());
    }

    @Test
    void licensingFollowsItsRuleAndSaysSourcesConflict() {
      ApplicabilityAnswer answer =
          check.check(question(List.of(1), "CN", TransactionType.LICENSING, Set.of()));

      assertEquals(UNCERTAIN, answer.verdict());
      assertTrue(
          reasonOf(answer, ApplicabilityCheck.ACT_TYPE).message().contains("sources conflict"));
    }

    @ParameterizedTest
    @EnumSource(ApplicabilityVerdict.class)
    void licensingAnswersWhateverTheRuleIsSetTo(ApplicabilityVerdict configured) {
      ApplicabilityCheck configuredCheck = checkWith(new PreReportRules(30, configured, UNCERTAIN));

      assertEquals(
          configured,
          configuredCheck
              .check(question(List.of(1), "CN", TransactionType.LICENSING, Set.of()))
              .verdict());
      String ja =
          reasonOf(
                  configuredCheck.check(
                      question(List.of(1), "CN", TransactionType.LICENSING, Set.of())),
                  ApplicabilityCheck.ACT_TYPE)
              .messageJa();
      assertTrue(ja.contains("「" + configured.pointJa() + "」と回答します"), ja);
    }

    @Test
    void anotherActIsUncertain() {
      assertEquals(
          UNCERTAIN,
          check.check(question(List.of(1), "CN", TransactionType.OTHER, Set.of())).verdict());
    }

    @Test
    void aMissingActIsUncertain() {
      assertEquals(UNCERTAIN, check.check(question(List.of(1), "CN", null, Set.of())).verdict());
    }
  }

  @Nested
  class Exemptions {
    @ParameterizedTest
    @CsvSource({
      "PUBLICLY_AVAILABLE, applicability.exemption.publiclyAvailable",
      "BASIC_RESEARCH, applicability.exemption.basicResearch"
    })
    void aClaimedExemptionMakesItNotReportable(Exemption exemption, String rule) {
      ApplicabilityAnswer answer =
          check.check(
              question(
                  List.of(1), "CN", TransactionType.CONTRACT_MANUFACTURING, Set.of(exemption)));

      assertEquals(NOT_REPORTABLE, answer.verdict());
      assertEquals(NOT_REPORTABLE, reasonOf(answer, rule).points());
    }

    @Test
    void minimumNecessaryProvisionFollowsItsRule() {
      ApplicabilityQuestion claimed =
          question(
              List.of(1),
              "CN",
              TransactionType.CONTRACT_MANUFACTURING,
              Set.of(Exemption.MINIMUM_NECESSARY_PROVISION));

      assertEquals(UNCERTAIN, check.check(claimed).verdict());
      assertEquals(
          NOT_REPORTABLE,
          checkWith(new PreReportRules(30, UNCERTAIN, NOT_REPORTABLE)).check(claimed).verdict());
    }
  }

  @Nested
  class Technology {
    @Test
    void anUnknownNumberIsUncertainAndSaysSo() {
      ApplicabilityAnswer answer =
          check.check(question(List.of(99), "CN", TransactionType.JOINT_VENTURE, Set.of()));

      assertEquals(UNCERTAIN, answer.verdict());
      assertEquals(
          "Technology 99 is not in the technology list in force on 2026-11-22; check the number.",
          reasonOf(answer, ApplicabilityCheck.LISTED_TECHNOLOGY).message());
      assertEquals(
          "技術99は2026年11月22日時点の対象技術の一覧にありません。番号を確認してください。",
          reasonOf(answer, ApplicabilityCheck.LISTED_TECHNOLOGY).messageJa());
    }

    @Test
    void aTechnologyNotInForceOnTheDateIsNotReportable() {
      ApplicabilityAnswer answer =
          check.check(
              new ApplicabilityQuestion(
                  List.of(22),
                  "CN",
                  TransactionType.JOINT_VENTURE,
                  Set.of(),
                  LocalDate.of(2026, 6, 30)));

      assertEquals(NOT_REPORTABLE, answer.verdict());
      assertTrue(
          reasonOf(answer, ApplicabilityCheck.LISTED_TECHNOLOGY)
              .message()
              .contains("in force from 2026-07-01"));
    }

    @Test
    void aDateBeforeATechnologysListingTookEffectIsNotReportableAndSaysFromWhen() {
      ApplicabilityAnswer answer =
          check.check(
              new ApplicabilityQuestion(
                  List.of(11),
                  "CN",
                  TransactionType.JOINT_VENTURE,
                  Set.of(),
                  LocalDate.of(2025, 6, 1)));

      assertEquals(NOT_REPORTABLE, answer.verdict());
      ApplicabilityReason reason = reasonOf(answer, ApplicabilityCheck.LISTED_TECHNOLOGY);
      assertEquals(NOT_REPORTABLE, reason.points());
      assertTrue(reason.message().contains("was not yet a listed technology"), reason.message());
      assertTrue(reason.message().contains("listed from 2026-04-07"), reason.message());
      assertTrue(reason.messageJa().contains("2025年6月1日の時点ではまだ対象技術ではありません"), reason.messageJa());
      assertTrue(reason.messageJa().contains("2026年4月7日から対象"), reason.messageJa());
    }

    @Test
    void aDateBeforeTheSchemeStartedIsNotReportableForAListedTechnology() {
      ApplicabilityAnswer answer =
          check.check(
              new ApplicabilityQuestion(
                  List.of(1),
                  "CN",
                  TransactionType.JOINT_VENTURE,
                  Set.of(),
                  LocalDate.of(2024, 12, 1)));

      assertEquals(NOT_REPORTABLE, answer.verdict());
      assertTrue(
          reasonOf(answer, ApplicabilityCheck.LISTED_TECHNOLOGY)
              .message()
              .contains("listed from 2024-12-30"));
    }

    @Test
    void oneListedTechnologyInForceIsEnoughEvenIfAnotherIsNot() {
      ApplicabilityAnswer answer =
          check.check(
              new ApplicabilityQuestion(
                  List.of(1, 22),
                  "CN",
                  TransactionType.JOINT_VENTURE,
                  Set.of(),
                  LocalDate.of(2026, 6, 30)));

      assertEquals(REPORTABLE, answer.verdict());
      assertEquals(
          List.of(REPORTABLE, NOT_REPORTABLE),
          answer.reasons().stream()
              .filter(r -> r.rule().equals(ApplicabilityCheck.LISTED_TECHNOLOGY))
              .map(ApplicabilityReason::points)
              .toList());
    }

    @Test
    void noTechnologyGivenIsUncertain() {
      assertEquals(
          UNCERTAIN,
          check
              .check(question(List.of(), "CN", TransactionType.JOINT_VENTURE, Set.of()))
              .verdict());
    }
  }

  @Nested
  class Combination {
    @Test
    void notReportableWinsOverUncertain() {
      ApplicabilityAnswer answer =
          check.check(question(List.of(99), "US", TransactionType.OTHER, Set.of()));

      assertEquals(NOT_REPORTABLE, answer.verdict());
    }

    @Test
    void uncertainWinsOverReportable() {
      ApplicabilityAnswer answer =
          check.check(question(List.of(1), "CN", TransactionType.OTHER, Set.of()));

      assertEquals(UNCERTAIN, answer.verdict());
    }

    @Test
    void anExemptionWinsOverEverythingPointingToReportable() {
      ApplicabilityAnswer answer =
          check.check(
              question(
                  List.of(1),
                  "CN",
                  TransactionType.CONTRACT_MANUFACTURING,
                  Set.of(Exemption.BASIC_RESEARCH, Exemption.MINIMUM_NECESSARY_PROVISION)));

      assertEquals(NOT_REPORTABLE, answer.verdict());
      assertEquals(5, answer.reasons().size(), "every rule that fired explains itself");
    }
  }
}
