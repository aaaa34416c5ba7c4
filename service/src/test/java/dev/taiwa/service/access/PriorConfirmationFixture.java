package dev.taiwa.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.service.access.CaseFixture.ProbedCase;
import dev.taiwa.service.http.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Puts a fresh prior-confirmation request of the owning company into a given state through the API:
 * the company's filer asks, an examiner consults or answers, a security reviewer records the
 * consultation. Each request's title carries its marker.
 */
final class PriorConfirmationFixture {
  static final String PAYLOAD = "{ priorConfirmation { id state } errors { code field message } }";

  private final ApiClient api;
  private final String filerToken;
  private final String examinerToken;
  private final String reviewerToken;

  PriorConfirmationFixture(
      ApiClient api, String filerToken, String examinerToken, String reviewerToken) {
    this.api = api;
    this.filerToken = filerToken;
    this.examinerToken = examinerToken;
    this.reviewerToken = reviewerToken;
  }

  /** A complete request whose title carries {@code marker}. */
  static Map<String, Object> input(String marker) {
    return Map.of(
        "title",
        "誘導装置 " + marker,
        "summary",
        "発明の概要 (秘密)",
        "claimedFields",
        List.of(3),
        "inventionCompletedInJapan",
        true,
        "intendedForeignFiling",
        "PCT (受理官庁: 米国特許商標庁)");
  }

  ProbedCase inState(PriorConfirmationState state) {
    String marker = "pc-" + UUID.randomUUID();
    String id =
        api.graphql(
                filerToken,
                "mutation($in: PriorConfirmationInput!) { requestPriorConfirmation(input: $in) "
                    + PAYLOAD
                    + " }",
                Map.of("in", input(marker)))
            .at("requestPriorConfirmation.priorConfirmation.id");
    if (state == PriorConfirmationState.ANSWERED) {
      step(
          examinerToken,
          "answerPriorConfirmation",
          ", answer: BAN_DOES_NOT_APPLY, reason: \"非該当\"",
          id,
          state);
    } else if (state != PriorConfirmationState.REQUESTED) {
      step(
          examinerToken,
          "sendPriorConfirmationForConsultation",
          "",
          id,
          PriorConfirmationState.IN_CONSULTATION);
      if (state == PriorConfirmationState.CONSULTED) {
        step(reviewerToken, "recordPriorConfirmationConsultation", ", answer: \"協議結果\"", id, state);
      }
    }
    return new ProbedCase(id, marker, state);
  }

  private void step(
      String token, String mutation, String arguments, String id, PriorConfirmationState next) {
    Object state =
        api.graphql(
                token,
                "mutation($id: ID!) { " + mutation + "(id: $id" + arguments + ") " + PAYLOAD + " }",
                Map.of("id", id))
            .at(mutation + ".priorConfirmation.state");
    assertEquals(next.name(), state, "fixture step " + mutation);
  }
}
