package dev.taiwa.cases.prereport.model;

import static dev.taiwa.cases.kernel.ErrorCode.INVALID_VALUE;
import static dev.taiwa.cases.kernel.ErrorCode.REQUIRED;
import static dev.taiwa.cases.kernel.ErrorCode.TECHNOLOGY_NOT_IN_FORCE;
import static dev.taiwa.cases.kernel.ErrorCode.UNKNOWN_COUNTRY;
import static dev.taiwa.cases.kernel.ErrorCode.UNKNOWN_TECHNOLOGY;
import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.catalogue.FixedTechnologyRevisions;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreReportFormValidationTest {
  private static final LocalDate TODAY = TestClock.TODAY;
  private final PreReportFormValidation validation =
      new PreReportFormValidation(new TechnologyCatalogue(new FixedTechnologyRevisions()));

  /** Field path -> code, in the order reported. */
  private static Map<String, ErrorCode> byField(List<Rejection> rejections) {
    return rejections.stream()
        .collect(
            Collectors.toMap(
                Rejection::field, Rejection::code, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Nested
  class ForADraft {
    @Test
    void aCompleteValidFormPasses() {
      assertEquals(List.of(), validation.forDraft(aPreReportForm().build(), TODAY));
    }

    @Test
    void anEmptyFormPassesBecauseOnlyWhatIsPresentIsChecked() {
      assertEquals(List.of(), validation.forDraft(PreReportForm.empty(), TODAY));
    }

    @Test
    void aTechnologyMissingFromTheListInForceIsUnknown() {
      var form = aPreReportForm().withTechnologies(1, 25).build();

      assertEquals(
          Map.of("technologyNumbers[1]", UNKNOWN_TECHNOLOGY),
          byField(validation.forDraft(form, TODAY)));
    }

    @Test
    void aListedTechnologyNotYetInForceIsRefused() {
      var form = aPreReportForm().withTechnologies(22).plannedOn(LocalDate.of(2026, 8, 1)).build();

      assertEquals(
          Map.of("technologyNumbers[0]", TECHNOLOGY_NOT_IN_FORCE),
          byField(validation.forDraft(form, LocalDate.of(2026, 6, 1))));
    }

    @Test
    void aTechnologyOfALaterRevisionIsUnknownBeforeThatRevision() {
      var form = aPreReportForm().withTechnologies(12).plannedOn(LocalDate.of(2026, 3, 1)).build();

      assertEquals(
          Map.of("technologyNumbers[0]", UNKNOWN_TECHNOLOGY),
          byField(validation.forDraft(form, LocalDate.of(2026, 1, 10))));
    }

    @Test
    void aRepeatedTechnologyIsAnInvalidValue() {
      var form = aPreReportForm().withTechnologies(3, 5, 3).build();

      assertEquals(
          Map.of("technologyNumbers[2]", INVALID_VALUE), byField(validation.forDraft(form, TODAY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "cn", "CHN", "China"})
    void aCountryMustBeAnUpperCaseIsoCode(String code) {
      var form = aPreReportForm().withCountry(code).build();

      assertEquals(
          Map.of("counterparty.countryCode", UNKNOWN_COUNTRY),
          byField(validation.forDraft(form, TODAY)));
    }

    @Test
    void aPlannedDateBeforeTodayIsAllowedSoALateReportCanBeWritten() {
      var form = aPreReportForm().plannedOn(TODAY.minusDays(1)).build();

      assertEquals(List.of(), validation.forDraft(form, TODAY));
    }

    @Test
    void aPlannedDateOfTodayIsNotInThePast() {
      var form = aPreReportForm().plannedOn(TODAY).build();

      assertEquals(List.of(), validation.forDraft(form, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sato", "sato@", "sato@example", "sa to@example.jp", "a@b@c.jp"})
    void anEmailMustLookLikeAnAddress(String email) {
      var form = aPreReportForm().withContactEmail(email).build();

      assertEquals(
          Map.of("contact.email", INVALID_VALUE), byField(validation.forDraft(form, TODAY)));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Shenzhen Precision Electronics Co., Ltd.",
          "Société Générale d'Électronique S.A.",
          "3M (Shanghai) Co. / R&D #2"
        })
    void aRomanisedNameInLatinScriptPasses(String name) {
      var form = aPreReportForm().withRomanisedName(name).build();

      assertEquals(List.of(), validation.forDraft(form, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"深圳精密电子", "Ｓｈｅｎｚｈｅｎ", "Samsung 전자", "Shenzhen\tCo"})
    void aRomanisedNameOutsideLatinScriptIsInvalid(String name) {
      var form = aPreReportForm().withRomanisedName(name).build();

      assertEquals(
          Map.of("counterparty.nameRomanised", INVALID_VALUE),
          byField(validation.forDraft(form, TODAY)));
    }

    @Test
    void textsLongerThanTheirLimitsAreInvalid() {
      var form =
          aPreReportForm()
              .withContact(new Contact("名".repeat(201), null, "sato@example.co.jp", null))
              .withDescription("x".repeat(4001))
              .withManagementMeasures("y".repeat(4000))
              .build();

      assertEquals(
          Map.of("contact.name", INVALID_VALUE, "technologyDescription", INVALID_VALUE),
          byField(validation.forDraft(form, TODAY)));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
      var form =
          aPreReportForm()
              .withContact(new Contact("𠮷".repeat(200), null, "sato@example.co.jp", null))
              .build();

      assertEquals(List.of(), validation.forDraft(form, TODAY));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
      var form =
          aPreReportForm()
              .withTechnologies(99)
              .withCountry("XX")
              .withContactEmail("nope")
              .withLateExplanation("x".repeat(4001))
              .build();

      assertEquals(
          List.of(
              "contact.email",
              "technologyNumbers[0]",
              "counterparty.countryCode",
              "lateExplanation"),
          validation.forDraft(form, TODAY).stream().map(Rejection::field).toList());
    }
  }

  @Nested
  class ForASubmission {
    @Test
    void aCompleteValidFormPasses() {
      assertEquals(List.of(), validation.forSubmission(aPreReportForm().build(), TODAY));
    }

    @Test
    void anEmptyFormListsEveryRequiredField() {
      assertEquals(
          List.of(
              "contact.name",
              "contact.email",
              "technologyNumbers",
              "transactionType",
              "counterparty",
              "plannedDate",
              "plannedDateKind",
              "technologyDescription"),
          validation.forSubmission(PreReportForm.empty(), TODAY).stream()
              .peek(r -> assertEquals(REQUIRED, r.code()))
              .map(Rejection::field)
              .toList());
    }

    @Test
    void anEmptyCounterpartyListsEachOfItsFields() {
      var form = aPreReportForm().withCounterparty(new Counterparty(" ", null, "", null)).build();

      assertEquals(
          List.of(
              "counterparty.nameOriginal",
              "counterparty.nameRomanised",
              "counterparty.countryCode",
              "counterparty.relationship"),
          validation.forSubmission(form, TODAY).stream().map(Rejection::field).toList());
    }

    @Test
    void aPlannedDateThatHasPassedIsNotRefusedWhenTheReportSaysWhyItIsLate() {
      var form =
          aPreReportForm()
              .plannedOn(TODAY.minusDays(10))
              .withLateExplanation("契約締結後に対象技術への該当を把握したため")
              .build();

      assertEquals(List.of(), validation.forSubmission(form, TODAY));
    }

    @Test
    void aReportFiledOnOrAfterItsPlannedDateMustSayWhyItIsLate() {
      for (LocalDate planned : List.of(TODAY, TODAY.minusDays(10))) {
        var form = aPreReportForm().plannedOn(planned).build();

        assertEquals(
            Map.of("lateExplanation", REQUIRED), byField(validation.forSubmission(form, TODAY)));
      }
      assertEquals(
          List.of(),
          validation.forSubmission(aPreReportForm().plannedOn(TODAY.plusDays(1)).build(), TODAY));
    }

    @Test
    void technologiesMustBeInForceOnTheFilingDate() {
      var form = aPreReportForm().withTechnologies(1, 21).build();

      assertEquals(
          Map.of("technologyNumbers[1]", TECHNOLOGY_NOT_IN_FORCE),
          byField(validation.forSubmission(form, LocalDate.of(2026, 6, 30))));
      assertEquals(List.of(), validation.forSubmission(form, LocalDate.of(2026, 7, 1)));
    }
  }
}
