package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Patent applications for the console's tests, made through the API: an IPC mapping for field 3
 * (F41G, guided weapons) and field 12 (G21J, a field with the additional requirement), and
 * applications of one company registered by an examiner, who is then their assigned examiner.
 */
final class PatentConsoleFixture {
  private static final AtomicInteger SERIAL = new AtomicInteger(700000);

  private final ApiClient api;
  private final String adminToken;
  private final String examinerToken;
  private final String applicantId;

  /** A registered application: its id, number and screening due date as the API gives them. */
  record Registered(String id, String number, String screeningDue) {}

  private PatentConsoleFixture(
      ApiClient api, String adminToken, String examinerToken, String applicantId) {
    this.api = api;
    this.adminToken = adminToken;
    this.examinerToken = examinerToken;
    this.applicantId = applicantId;
  }

  /**
   * The fixture for {@code world}'s company alpha, its applications registered by {@code examiner}
   * and its mapping recorded by {@code admin}, both logged in through {@code api}.
   */
  static PatentConsoleFixture ofAlpha(ApiClient api, World world, String admin, String examiner) {
    return new PatentConsoleFixture(
        api,
        api.login(admin, World.PASSWORD),
        api.login(examiner, World.PASSWORD),
        world.alpha.id().toString());
  }

  /** Records the IPC mapping in force from 2025-01-01. */
  void mapFields() {
    var recorded =
        api.graphql(
            adminToken,
            "mutation($in: SpecifiedFieldRevisionInput!) { recordSpecifiedFieldRevision(input:"
                + " $in) { errors { code field message } } }",
            Map.of(
                "in",
                Map.of(
                    "effectiveFrom",
                    "2025-01-01",
                    "source",
                    "試験用の対応表",
                    "mappings",
                    List.of(
                        Map.of(
                            "fieldNumber", 3, "ipcGroups", List.of("F41G"), "source", "試験用の分類リスト"),
                        Map.of(
                            "fieldNumber",
                            12,
                            "ipcGroups",
                            List.of("G21J"),
                            "source",
                            "試験用の分類リスト")))));
    assertEquals(List.of(), recorded.at("recordSpecifiedFieldRevision.errors"));
  }

  /**
   * Takes a registered application to {@code target} through the API: sent to review (field 3),
   * review started, prior notice, maintained, designated for six months, lifted; or not sent.
   */
  void moveTo(String id, String target, String reviewerToken, String filerToken) {
    if (target.equals("UNDER_SCREENING")) {
      return;
    }
    String outcome = target.equals("NOT_SENT") ? "NOT_SENT" : "SEND_TO_REVIEW";
    var decided =
        api.graphql(
            examinerToken,
            "mutation($id: ID!, $in: ScreeningDecisionInput!) { decideScreening(id: $id, input:"
                + " $in) { errors { code field message } } }",
            Map.of(
                "id",
                id,
                "in",
                Map.of(
                    "outcome",
                    outcome,
                    "matchedFields",
                    outcome.equals("NOT_SENT") ? List.of() : List.of(3),
                    "reason",
                    "試験")));
    assertEquals(List.of(), decided.at("decideScreening.errors"));
    List<String> steps =
        List.of(
            "SENT_TO_REVIEW",
            "UNDER_SECURITY_REVIEW",
            "PRIOR_NOTICE_ISSUED",
            "APPLICATION_MAINTAINED",
            "DESIGNATED",
            "LIFTED");
    if (!steps.contains(target)) {
      return;
    }
    LocalDate today = LocalDate.now(dev.taiwa.cases.kernel.JapanTime.ZONE);
    List<String[]> calls =
        List.of(
            new String[] {reviewerToken, "startSecurityReview(id: $id)"},
            new String[] {reviewerToken, "issuePriorNotice(id: $id, text: \"試験\")"},
            new String[] {
              filerToken,
              "maintainPatentApplication(id: $id, input: {businesses: [{name: \"共有社\", address:"
                  + " \"東京都\", role: \"製造\"}]})"
            },
            new String[] {
              reviewerToken,
              "designatePatentApplication(id: $id, periodEnd: \""
                  + today.plusMonths(6)
                  + "\", reason: \"試験\")"
            },
            new String[] {
              reviewerToken,
              "liftDesignation(id: $id, reason: \"試験\", noticeDate: \"" + today + "\")"
            });
    for (int i = 0; i < steps.indexOf(target); i++) {
      String call = calls.get(i)[1];
      var response =
          api.graphql(
              calls.get(i)[0],
              "mutation($id: ID!) { " + call + " { errors { code field message } } }",
              Map.of("id", id));
      assertEquals(List.of(), response.at(call.substring(0, call.indexOf('(')) + ".errors"), call);
    }
  }

  /**
   * An application titled {@code title}, filed ten days ago, taken to {@code state} as {@link
   * #moveTo} takes it; its id.
   */
  String inState(String title, String state, String reviewerToken, String filerToken) {
    String id = register(title, LocalDate.now(JapanTime.ZONE).minusDays(10)).id();
    moveTo(id, state, reviewerToken, filerToken);
    return id;
  }

  /** Registers an application of the company filed on {@code filed}. */
  Registered register(String title, LocalDate filed) {
    String number = filed.getYear() + "-" + SERIAL.incrementAndGet();
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", number);
    in.put("filingDate", filed.toString());
    in.put("applicantIds", List.of(applicantId));
    in.put("inventionCompletedInJapan", true);
    in.put("title", title);
    in.put("abstract", "目標に向けて飛しょう体を誘導する。");
    in.put("claims", "【請求項1】終末誘導装置。");
    in.put("ipcCodes", List.of("F41G 7/00", "G21J 1/00"));
    in.put("route", "DIRECT");
    var response =
        api.graphql(
            examinerToken,
            "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) {"
                + " patentApplication { id screeningDue } errors { code field message } } }",
            Map.of("in", in));
    assertEquals(List.of(), response.at("registerPatentApplication.errors"));
    return new Registered(
        response.at("registerPatentApplication.patentApplication.id"),
        number,
        response.at("registerPatentApplication.patentApplication.screeningDue"));
  }
}
