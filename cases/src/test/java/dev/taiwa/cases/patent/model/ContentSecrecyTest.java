package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Content sent to security review stays need-to-know until it is cleared (not designated, lifted,
 * expired), never by withdrawal or dismissal.
 */
class ContentSecrecyTest {
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

  @ParameterizedTest(name = "{0} -> {1}: secret {2}")
  @CsvSource({
    "UNDER_SCREENING, SENT_TO_REVIEW, true",
    "SENT_TO_REVIEW, UNDER_SECURITY_REVIEW, true",
    "SENT_TO_REVIEW, WITHDRAWN, true",
    "UNDER_SECURITY_REVIEW, WITHDRAWN, true",
    "PRIOR_NOTICE_ISSUED, DISMISSED, true",
    "APPLICATION_MAINTAINED, WITHDRAWN, true",
    "UNDER_SECURITY_REVIEW, NOT_DESIGNATED, false",
    "DESIGNATED, LIFTED, false",
    "DESIGNATED, EXPIRED, false",
    "UNDER_SCREENING, WITHDRAWN, false",
    "UNDER_SCREENING, NOT_SENT, false"
  })
  void contentSentToReviewStaysSecretUntilCleared(
      PatentState from, PatentState to, boolean secret) {
    PatentApplication before = application(from, from.isSecret());
    assertEquals(secret, before.moved(to, List.of(), null, AT).contentSecret());
  }

  private static PatentApplication application(PatentState state, boolean sentToReview) {
    return new PatentApplication(
        CaseId.random(),
        ApplicationNumber.parse("2025-123456").orElseThrow(),
        LocalDate.of(2025, 7, 1),
        List.of(OrganisationId.random()),
        true,
        "t",
        "a",
        "c",
        List.of(),
        FilingRoute.DIRECT,
        AdditionalRequirementFacts.none(),
        state,
        null,
        UserId.random(),
        null,
        List.of(),
        null,
        AT,
        AT,
        1,
        sentToReview);
  }
}
