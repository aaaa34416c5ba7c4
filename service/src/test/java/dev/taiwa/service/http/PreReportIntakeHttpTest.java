package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's walk-through over real HTTP: a company files a scintillator (㉔) pre-report, a dialogue
 * officer finds it and starts the review, and the other company sees nothing of it.
 */
@MicronautTest(transactional = false)
class PreReportIntakeHttpTest extends DatabaseTest {
  private static final String PAYLOAD =
      "preReport { id reference state version availableActions technologies { number nameJa }"
          + " counterparty { nameOriginal countryCode } leadTime { status explanation } }"
          + " errors { code field message }";
  private static final String CREATE =
      "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { " + PAYLOAD + " } }";
  private static final String UPDATE =
      "mutation($id: ID!, $v: Int!, $in: PreReportInput!) {"
          + " updatePreReportDraft(id: $id, expectedVersion: $v, input: $in) { "
          + PAYLOAD
          + " } }";
  private static final String SUBMIT =
      "mutation($id: ID!) { submitPreReport(id: $id) { " + PAYLOAD + " } }";
  private static final String START_REVIEW =
      "mutation($id: ID!) { startPreReportReview(id: $id) { " + PAYLOAD + " } }";
  private static final String GET =
      "query($id: ID!) { preReport(id: $id) { id state version reference } }";
  private static final String LIST =
      "query($f: PreReportFilter) { preReports(filter: $f, first: 50) {"
          + " totalCount edges { node { id reference state availableActions"
          + " organisation { name } technologies { number } } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private World world;
  private String alphaToken;
  private String betaToken;
  private String officerToken;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    alphaToken = api.login(world.user("alpha-filer", world.alpha, Role.FILER), World.PASSWORD);
    betaToken = api.login(world.user("beta-filer", world.beta, Role.FILER), World.PASSWORD);
    officerToken =
        api.login(world.user("meti-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
  }

  @Test
  void aCompanyFilesAScintillatorReportAndTheOfficerTakesItIntoReview() {
    GraphQLResponse check =
        api.graphql(
            alphaToken,
            "query($in: ApplicabilityInput!) { checkApplicability(input: $in) {"
                + " verdict reasons { rule legalReference message } } }",
            Map.of(
                "in",
                Map.of(
                    "technologyNumbers", List.of(24),
                    "destinationCountry", "VN",
                    "transactionType", "CONTRACT_MANUFACTURING")));
    assertEquals("REPORTABLE", check.at("checkApplicability.verdict"));
    List<Map<String, Object>> reasons = check.at("checkApplicability.reasons");
    assertTrue(reasons.stream().allMatch(r -> r.get("legalReference") != null));

    Map<String, Object> form = scintillatorForm(inDays(60));
    form.remove("counterparty");
    GraphQLResponse created = api.graphql(alphaToken, CREATE, Map.of("in", form));
    assertEquals(List.of(), created.at("createPreReportDraft.errors"));
    String id = created.at("createPreReportDraft.preReport.id");
    String reference = created.at("createPreReportDraft.preReport.reference");
    assertTrue(reference.matches("PR-\\d{4}-\\d{6}"), reference);
    assertEquals("DRAFT", created.at("createPreReportDraft.preReport.state"));

    GraphQLResponse edited =
        api.graphql(
            alphaToken,
            UPDATE,
            Map.of(
                "id",
                id,
                "v",
                created.at("createPreReportDraft.preReport.version"),
                "in",
                scintillatorForm(inDays(60))));
    assertEquals(List.of(), edited.at("updatePreReportDraft.errors"));
    assertEquals("越南光電有限公司", edited.at("updatePreReportDraft.preReport.counterparty.nameOriginal"));

    GraphQLResponse submitted = api.graphql(alphaToken, SUBMIT, Map.of("id", id));
    assertEquals(List.of(), submitted.at("submitPreReport.errors"));
    assertEquals("SUBMITTED", submitted.at("submitPreReport.preReport.state"));
    assertEquals("ON_TIME", submitted.at("submitPreReport.preReport.leadTime.status"));
    assertEquals("シンチレータ", submitted.at("submitPreReport.preReport.technologies.0.nameJa"));

    GraphQLResponse queue =
        api.graphql(
            officerToken,
            LIST,
            Map.of("f", Map.of("states", List.of("SUBMITTED"), "technologyNumber", 24)));
    List<Map<String, Object>> edges = queue.at("preReports.edges");
    Map<String, Object> listed = nodeWithId(edges, id);
    assertNotNull(listed, "the officer's list of submitted ㉔ reports shows the new report");
    assertEquals("アルファ電材株式会社", ((Map<?, ?>) listed.get("organisation")).get("name"));
    assertTrue(((List<?>) listed.get("availableActions")).contains("START_REVIEW"));
    assertTrue(
        edges.stream().allMatch(e -> ((Map<?, ?>) e.get("node")).get("state").equals("SUBMITTED")));

    GraphQLResponse review = api.graphql(officerToken, START_REVIEW, Map.of("id", id));
    assertEquals(List.of(), review.at("startPreReportReview.errors"));
    assertEquals("UNDER_REVIEW", review.at("startPreReportReview.preReport.state"));

    GraphQLResponse trail =
        api.graphql(
            officerToken,
            "query($id: ID!) { auditTrail(caseId: $id) { action outcome actorName } }",
            Map.of("id", id));
    List<Map<String, Object>> events = trail.at("auditTrail");
    assertEquals(
        List.of(
            "PRE_REPORT_DRAFT_CREATED",
            "PRE_REPORT_DRAFT_UPDATED",
            "PRE_REPORT_SUBMITTED",
            "PRE_REPORT_REVIEW_STARTED"),
        events.stream().map(e -> e.get("action")).toList());
  }

  @Test
  void theOtherCompanyCannotSeeOrTouchTheReport() {
    String id = submittedReport();

    assertNull(api.graphql(betaToken, GET, Map.of("id", id)).at("preReport"));
    GraphQLResponse list = api.graphql(betaToken, LIST, Map.of());
    assertNull(nodeWithId(list.at("preReports.edges"), id));
    assertEquals(0, ((Number) list.at("preReports.totalCount")).intValue());

    GraphQLResponse withdraw =
        api.graphql(
            betaToken,
            "mutation($id: ID!) { withdrawPreReport(id: $id, reason: \"x\") { " + PAYLOAD + " } }",
            Map.of("id", id));
    assertEquals("NOT_FOUND", firstErrorCode(withdraw, "withdrawPreReport"));
    assertNull(withdraw.at("withdrawPreReport.preReport"));
    assertEquals("SUBMITTED", api.graphql(alphaToken, GET, Map.of("id", id)).at("preReport.state"));
  }

  @Test
  void aFilerCannotStartTheReviewOfItsOwnReport() {
    String id = submittedReport();

    GraphQLResponse attempt = api.graphql(alphaToken, START_REVIEW, Map.of("id", id));

    assertEquals("FORBIDDEN", firstErrorCode(attempt, "startPreReportReview"));
    assertEquals("SUBMITTED", attempt.at("startPreReportReview.preReport.state"));
  }

  @Test
  void anUnknownTechnologyIsRefusedWithATypedErrorAndWritesNothing() {
    long before = alphaCount();
    Map<String, Object> form = scintillatorForm(inDays(60));
    form.put("technologyNumbers", List.of(99));

    GraphQLResponse refused = api.graphql(alphaToken, CREATE, Map.of("in", form));

    assertEquals("UNKNOWN_TECHNOLOGY", firstErrorCode(refused, "createPreReportDraft"));
    assertEquals("technologyNumbers[0]", firstError(refused, "createPreReportDraft").get("field"));
    assertNull(refused.at("createPreReportDraft.preReport"));
    assertEquals(before, alphaCount());
  }

  @Test
  void aCompanyThatLearnsLateFilesWithThePastPlannedDateSaysWhyAndTheReportIsFlaggedLate() {
    GraphQLResponse created =
        api.graphql(alphaToken, CREATE, Map.of("in", scintillatorForm(inDays(-5))));
    assertEquals(List.of(), created.at("createPreReportDraft.errors"), created::toString);
    String id = created.at("createPreReportDraft.preReport.id");

    GraphQLResponse unexplained = api.graphql(alphaToken, SUBMIT, Map.of("id", id));
    assertEquals("REQUIRED", firstErrorCode(unexplained, "submitPreReport"));
    assertEquals("lateExplanation", firstError(unexplained, "submitPreReport").get("field"));
    assertEquals("DRAFT", api.graphql(alphaToken, GET, Map.of("id", id)).at("preReport.state"));

    Map<String, Object> explained = scintillatorForm(inDays(-5));
    explained.put("lateExplanation", "契約締結後に、提供技術が対象技術に該当することが判明したため");
    GraphQLResponse updated =
        api.graphql(alphaToken, UPDATE, Map.of("id", id, "v", 1, "in", explained));
    assertEquals(List.of(), updated.at("updatePreReportDraft.errors"), updated::toString);
    GraphQLResponse submitted = api.graphql(alphaToken, SUBMIT, Map.of("id", id));

    assertEquals(List.of(), submitted.at("submitPreReport.errors"), submitted::toString);
    assertEquals("SUBMITTED", submitted.at("submitPreReport.preReport.state"));
    assertEquals("LATE", submitted.at("submitPreReport.preReport.leadTime.status"));
    assertEquals(
        "契約締結後に、提供技術が対象技術に該当することが判明したため",
        api.graphql(
                officerToken,
                "query($id: ID!) { preReport(id: $id) { lateExplanation } }",
                Map.of("id", id))
            .at("preReport.lateExplanation"));
  }

  private Map<String, Object> applicability(String country, int technology, String asOf) {
    Map<String, Object> in = new HashMap<>();
    in.put("technologyNumbers", List.of(technology));
    in.put("destinationCountry", country);
    in.put("transactionType", "CONTRACT_MANUFACTURING");
    if (asOf != null) {
      in.put("asOf", asOf);
    }
    return api.graphql(
            alphaToken,
            "query($in: ApplicabilityInput!) { checkApplicability(input: $in) {"
                + " verdict reasons { rule points message } } }",
            Map.of("in", in))
        .at("checkApplicability");
  }

  @Test
  void aTransferToJapanIsNotATransferAbroad() {
    Map<String, Object> answer = applicability("JP", 1, null);

    assertEquals("NOT_REPORTABLE", answer.get("verdict"));
    @SuppressWarnings("unchecked")
    Map<String, Object> reason =
        ((List<Map<String, Object>>) answer.get("reasons"))
            .stream()
                .filter(r -> r.get("rule").equals("applicability.transferAbroad"))
                .findFirst()
                .orElseThrow();
    assertEquals("NOT_REPORTABLE", reason.get("points"));
    assertTrue(((String) reason.get("message")).startsWith("Japan (JP) is not abroad"));
  }

  @Test
  void aDateBeforeATechnologysListingTookEffectIsNotReportableWithTheReason() {
    Map<String, Object> answer = applicability("CN", 11, "2025-06-01");

    assertEquals("NOT_REPORTABLE", answer.get("verdict"));
    @SuppressWarnings("unchecked")
    Map<String, Object> reason = ((List<Map<String, Object>>) answer.get("reasons")).get(0);
    assertEquals("applicability.listedTechnology", reason.get("rule"));
    assertEquals("NOT_REPORTABLE", reason.get("points"));
    assertTrue(
        ((String) reason.get("message")).contains("was not yet a listed technology"),
        () -> reason.toString());
  }

  @Test
  void submittingWithoutACounterpartyIsRefusedAndTheDraftStaysAsItWas() {
    Map<String, Object> form = scintillatorForm(inDays(60));
    form.remove("counterparty");
    GraphQLResponse created = api.graphql(alphaToken, CREATE, Map.of("in", form));
    String id = created.at("createPreReportDraft.preReport.id");
    Object version = created.at("createPreReportDraft.preReport.version");

    GraphQLResponse refused = api.graphql(alphaToken, SUBMIT, Map.of("id", id));

    assertEquals("REQUIRED", firstErrorCode(refused, "submitPreReport"));
    assertEquals("counterparty", firstError(refused, "submitPreReport").get("field"));
    GraphQLResponse after = api.graphql(alphaToken, GET, Map.of("id", id));
    assertEquals("DRAFT", after.at("preReport.state"));
    assertEquals(version, after.at("preReport.version"));
  }

  @Test
  void aReportFiledLessThanThirtyDaysAheadIsFlaggedShortNotice() {
    GraphQLResponse created =
        api.graphql(alphaToken, CREATE, Map.of("in", scintillatorForm(inDays(10))));
    String id = created.at("createPreReportDraft.preReport.id");

    GraphQLResponse submitted = api.graphql(alphaToken, SUBMIT, Map.of("id", id));

    assertEquals("SHORT_NOTICE", submitted.at("submitPreReport.preReport.leadTime.status"));
    String explanation = submitted.at("submitPreReport.preReport.leadTime.explanation");
    assertTrue(explanation.contains("prereport.recommendedLeadDays"), explanation);
    GraphQLResponse stored =
        api.graphql(
            alphaToken,
            "query($id: ID!) { preReport(id: $id) { leadTime { explanation explanationJa } } }",
            Map.of("id", id));
    assertEquals(explanation, stored.at("preReport.leadTime.explanation"));
    String japanese = stored.at("preReport.leadTime.explanationJa");
    assertTrue(japanese.contains("の10日前です。"), japanese);
    assertTrue(japanese.contains("「推奨日数より直前の報告」"), japanese);
  }

  @Test
  void requestsWithoutAValidTokenAreRefusedWith401() {
    assertEquals(401, api.graphqlStatus(null, "{ me { username } }"));
    assertEquals(401, api.graphqlStatus("not-a-token", "{ me { username } }"));
    assertEquals(401, api.loginStatus("alpha-filer", "wrong password"));
    assertEquals(401, api.loginStatus("nobody", World.PASSWORD));
  }

  @Test
  void meTellsTheCallerWhoItIs() {
    GraphQLResponse me =
        api.graphql(alphaToken, "{ me { username roles organisation { name kind } } }");

    assertEquals("alpha-filer", me.at("me.username"));
    assertEquals(List.of("FILER"), me.at("me.roles"));
    assertEquals("アルファ電材株式会社", me.at("me.organisation.name"));
  }

  private String submittedReport() {
    GraphQLResponse created =
        api.graphql(alphaToken, CREATE, Map.of("in", scintillatorForm(inDays(45))));
    String id = created.at("createPreReportDraft.preReport.id");
    GraphQLResponse submitted = api.graphql(alphaToken, SUBMIT, Map.of("id", id));
    assertEquals(List.of(), submitted.at("submitPreReport.errors"));
    return id;
  }

  private long alphaCount() {
    return ((Number) api.graphql(alphaToken, LIST, Map.of()).at("preReports.totalCount"))
        .longValue();
  }

  private static Map<String, Object> firstError(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertTrue(!errors.isEmpty(), "expected a typed error in " + response.body());
    return errors.get(0);
  }

  private static String firstErrorCode(GraphQLResponse response, String field) {
    return (String) firstError(response, field).get("code");
  }

  private static Map<String, Object> nodeWithId(List<Map<String, Object>> edges, String id) {
    return edges.stream()
        .map(e -> (Map<String, Object>) e.get("node"))
        .filter(n -> id.equals(n.get("id")))
        .findFirst()
        .orElse(null);
  }

  private static String inDays(int days) {
    return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(days).toString();
  }

  private static Map<String, Object> scintillatorForm(String plannedDate) {
    Map<String, Object> form = new HashMap<>();
    form.put(
        "contact",
        Map.of("name", "山田 太郎", "department", "輸出管理室", "email", "yamada@alpha.example.jp"));
    form.put("technologyNumbers", List.of(24));
    form.put("transactionType", "CONTRACT_MANUFACTURING");
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal", "越南光電有限公司",
            "nameRomanised", "Viet Nam Optoelectronics Co., Ltd.",
            "countryCode", "VN",
            "relationship", "UNRELATED"));
    form.put("plannedDate", plannedDate);
    form.put("plannedDateKind", "CONTRACT");
    form.put("technologyDescription", "シンチレータ結晶の育成条件と加工手順を委託先に提供する。");
    form.put("managementMeasures", "技術資料はアクセス管理されたサーバでのみ共有。");
    return form;
  }
}
