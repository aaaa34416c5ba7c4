package dev.taiwa.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.access.CaseFixture.ProbedCase;
import dev.taiwa.service.http.ApiClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts a fresh patent application of the owning company into a given state through the API: the
 * owning side's examiner registers it (and so is its assigned examiner) and screens it. Each
 * application's number is its marker.
 */
public final class PatentCaseFixture {
  private static final AtomicInteger SERIAL = new AtomicInteger(100000);
  public static final String PAYLOAD =
      "{ patentApplication { id state } errors { code field message } }";

  private final ApiClient api;
  private final String examinerToken;
  private final String reviewerToken;
  private final String filerToken;
  private final String applicantId;

  /**
   * @param reviewerToken a security reviewer, who takes applications through review and designation
   * @param filerToken a filer of the applicant organisation, who answers the prior notice
   */
  public PatentCaseFixture(
      ApiClient api,
      String examinerToken,
      String reviewerToken,
      String filerToken,
      String applicantId) {
    this.api = api;
    this.examinerToken = examinerToken;
    this.reviewerToken = reviewerToken;
    this.filerToken = filerToken;
    this.applicantId = applicantId;
  }

  /**
   * The filing date of the applications the fixture moves on: a week ago, so that first screening
   * (3 months, ESPA Art. 66) can still send them to review.
   */
  static final java.time.LocalDate FILED =
      java.time.LocalDate.now(dev.taiwa.cases.kernel.JapanTime.ZONE).minusDays(7);

  /**
   * The filing date of the applications left under screening: long ago, so that their screening
   * period has passed and a notice of non-sending may be issued.
   */
  static final java.time.LocalDate FILED_LONG_AGO = java.time.LocalDate.of(2025, 6, 2);

  /** A fresh, unused application number of the filing year of {@link #FILED}. */
  static String nextNumber() {
    return number(FILED);
  }

  private static String number(java.time.LocalDate filed) {
    return filed.getYear() + "-" + SERIAL.incrementAndGet();
  }

  /** A complete registration input for the owning company. */
  Map<String, Object> input(String number) {
    return input(number, FILED);
  }

  private Map<String, Object> input(String number, java.time.LocalDate filed) {
    return Map.of(
        "applicationNumber",
        number,
        "filingDate",
        filed.toString(),
        "applicantIds",
        List.of(applicantId),
        "inventionCompletedInJapan",
        true,
        "title",
        "誘導装置 " + number,
        "abstract",
        "要約",
        "claims",
        "請求項1",
        "ipcCodes",
        List.of("F41G 7/00"),
        "route",
        "DIRECT");
  }

  public ProbedCase inState(PatentState state) {
    java.time.LocalDate filed = state == PatentState.UNDER_SCREENING ? FILED_LONG_AGO : FILED;
    String number = number(filed);
    String id =
        api.graphql(
                examinerToken,
                "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) "
                    + PAYLOAD
                    + " }",
                Map.of("in", input(number, filed)))
            .at("registerPatentApplication.patentApplication.id");
    switch (state) {
      case UNDER_SCREENING -> {}
      case SENT_TO_REVIEW -> decide(id, "SEND_TO_REVIEW", List.of(3), state);
      case NOT_SENT -> decide(id, "NOT_SENT", List.of(), state);
      case UNDER_SECURITY_REVIEW,
              PRIOR_NOTICE_ISSUED,
              APPLICATION_MAINTAINED,
              DESIGNATED,
              NOT_DESIGNATED,
              LIFTED,
              WITHDRAWN ->
          review(id, state);
      default -> throw new IllegalArgumentException("the fixture cannot reach " + state + " yet");
    }
    return new ProbedCase(id, number, state);
  }

  /** Takes a fresh application on from sending to review to {@code target}. */
  private void review(String id, PatentState target) {
    decide(id, "SEND_TO_REVIEW", List.of(3), PatentState.SENT_TO_REVIEW);
    step(reviewerToken, "startSecurityReview(id: $id)", id);
    if (target == PatentState.UNDER_SECURITY_REVIEW) {
      return;
    }
    if (target == PatentState.NOT_DESIGNATED) {
      step(reviewerToken, "decideNotDesignated(id: $id, notice: \"fixture\")", id);
      return;
    }
    if (target == PatentState.WITHDRAWN) {
      step(filerToken, "withdrawPatentApplication(id: $id, reason: \"fixture\")", id);
      return;
    }
    step(reviewerToken, "issuePriorNotice(id: $id, text: \"fixture\")", id);
    if (target == PatentState.PRIOR_NOTICE_ISSUED) {
      return;
    }
    step(
        filerToken,
        "maintainPatentApplication(id: $id, input: {businesses: [{name: \"共有社\", address:"
            + " \"東京都\", role: \"製造\"}]})",
        id);
    if (target == PatentState.APPLICATION_MAINTAINED) {
      return;
    }
    step(
        reviewerToken,
        "designatePatentApplication(id: $id, periodEnd: \""
            + LocalDate.now(JapanTime.ZONE).plusMonths(6)
            + "\", reason: \"fixture\")",
        id);
    if (target == PatentState.LIFTED) {
      step(
          reviewerToken,
          "liftDesignation(id: $id, reason: \"fixture\", noticeDate: \""
              + LocalDate.now(JapanTime.ZONE)
              + "\")",
          id);
    }
  }

  private void step(String token, String call, String id) {
    var response =
        api.graphql(token, "mutation($id: ID!) { " + call + " " + PAYLOAD + " }", Map.of("id", id));
    String field = call.substring(0, call.indexOf('('));
    assertEquals(List.of(), response.at(field + ".errors"), () -> "fixture step " + call);
  }

  /** A reviewer's request for materials on the application; its id. */
  String materialsRequest(String id) {
    return api.graphql(
            reviewerToken,
            "mutation($id: ID!) { requestReviewMaterials(id: $id, input: {text: \"資料\","
                + " replyDays: 10}) { recordId errors { code } } }",
            Map.of("id", id))
        .at("requestReviewMaterials.recordId");
  }

  /** The owning filer's working-permission request on a designated application; its id. */
  String workingPermissionRequest(String id) {
    return api.graphql(
            filerToken,
            "mutation($id: ID!) { fileDesignationObligation(id: $id, input: {kind:"
                + " WORKING_PERMISSION_REQUEST, text: \"試作\"}) { recordId errors { code } } }",
            Map.of("id", id))
        .at("fileDesignationObligation.recordId");
  }

  private void decide(String id, String outcome, List<Integer> fields, PatentState expected) {
    Object state =
        api.graphql(
                examinerToken,
                "mutation($id: ID!, $in: ScreeningDecisionInput!) { decideScreening(id: $id,"
                    + " input: $in) "
                    + PAYLOAD
                    + " }",
                Map.of(
                    "id",
                    id,
                    "in",
                    Map.of("outcome", outcome, "matchedFields", fields, "reason", "fixture")))
            .at("decideScreening.patentApplication.state");
    assertEquals(expected.name(), state, "fixture step decideScreening");
  }
}
