package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compensation claims (損失補償) over real HTTP: the applicant claims on a designated application, the
 * Cabinet Office notes and decides; the notes never reach the company. The application is put into
 * DESIGNATED through the store (the designation use cases come with the review work).
 */
@MicronautTest(transactional = false)
class CompensationHttpTest extends DatabaseTest {
  private static final AtomicInteger SERIAL = new AtomicInteger(400000);
  private static final String PAYLOAD =
      "{ compensationClaim { id state amountYen decidedAmountYen assessmentNotes { text }"
          + " availableActions } errors { code field message } }";
  private static final String CLAIM =
      "mutation($a: ID!, $in: CompensationClaimInput!) { claimCompensation(applicationId: $a,"
          + " input: $in) "
          + PAYLOAD
          + " }";
  private static final String CLAIMS =
      "query($id: ID!) { patentApplication(id: $id) { id compensationClaims { id state amountYen"
          + " basis cause decidedAmountYen decisionReason assessmentNotes { text writtenById } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;
  @Inject PatentApplications store;

  private ApiClient api;
  private World world;
  private String examiner;
  private String filer;
  private String reviewer;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    examiner =
        api.login(world.user("cc-examiner", world.meti, Role.PATENT_EXAMINER), World.PASSWORD);
    filer = api.login(world.user("cc-filer", world.alpha, Role.FILER), World.PASSWORD);
    reviewer =
        api.login(world.user("cc-reviewer", world.meti, Role.SECURITY_REVIEWER), World.PASSWORD);
  }

  private String applicationIn(PatentState state) {
    GraphQLResponse registered =
        api.graphql(
            examiner,
            "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) {"
                + " patentApplication { id } errors { code } } }",
            Map.of(
                "in",
                Map.of(
                    "applicationNumber",
                    "2025-" + SERIAL.incrementAndGet(),
                    "filingDate",
                    "2025-06-02",
                    "applicantIds",
                    List.of(world.alpha.id().toString()),
                    "inventionCompletedInJapan",
                    true,
                    "title",
                    "誘導装置",
                    "ipcCodes",
                    List.of("F41G 7/00"),
                    "route",
                    "DIRECT")));
    String id = registered.at("registerPatentApplication.patentApplication.id");
    PatentApplication application = store.find(CaseId.parse(id)).orElseThrow();
    store.update(application.moved(state, List.of(3), "fixture", Instant.now()));
    return id;
  }

  private static Map<String, Object> input(long amount) {
    return Map.of(
        "amountYen",
        amount,
        "basis",
        "実施の不許可による逸失利益 (算定書添付)",
        "cause",
        "WORKING_PERMISSION_REFUSED");
  }

  @Test
  void theApplicantClaimsAndTheCabinetOfficeAssessesAndDecides() {
    String application = applicationIn(PatentState.DESIGNATED);
    GraphQLResponse claimed =
        api.graphql(filer, CLAIM, Map.of("a", application, "in", input(12_000_000_000L)));
    assertEquals(
        List.of(), claimed.at("claimCompensation.errors"), () -> claimed.body().toString());
    String claim = claimed.at("claimCompensation.compensationClaim.id");
    assertEquals(
        12_000_000_000L,
        ((Number) claimed.at("claimCompensation.compensationClaim.amountYen")).longValue());

    GraphQLResponse noted =
        api.graphql(
            reviewer,
            "mutation($id: ID!) { addCompensationAssessmentNote(id: $id, text: \"算定書の再確認\") "
                + PAYLOAD
                + " }",
            Map.of("id", claim));
    assertEquals(List.of(), noted.at("addCompensationAssessmentNote.errors"));
    GraphQLResponse decided =
        api.graphql(
            reviewer,
            "mutation($id: ID!) { decideCompensation(id: $id, amountYen: 3000000000,"
                + " reason: \"通常生ずべき損失の範囲で認容\") "
                + PAYLOAD
                + " }",
            Map.of("id", claim));
    assertEquals("DECIDED", decided.at("decideCompensation.compensationClaim.state"));

    Map<String, Object> seenByCompany =
        ((List<Map<String, Object>>)
                api.graphql(filer, CLAIMS, Map.of("id", application))
                    .at("patentApplication.compensationClaims"))
            .get(0);
    assertEquals(3_000_000_000L, ((Number) seenByCompany.get("decidedAmountYen")).longValue());
    assertNull(seenByCompany.get("assessmentNotes"), "the notes stay internal");
    List<Map<String, Object>> seenByReviewer =
        api.graphql(reviewer, CLAIMS, Map.of("id", application))
            .at("patentApplication.compensationClaims");
    assertEquals(
        "算定書の再確認",
        ((List<Map<String, Object>>) seenByReviewer.get(0).get("assessmentNotes"))
            .get(0)
            .get("text"));
    List<String> audited =
        auditLog.trail(CaseId.parse(application)).stream()
            .map(AuditEvent::entry)
            .map(AuditEntry::action)
            .filter(a -> a.startsWith("COMPENSATION"))
            .toList();
    assertEquals(
        List.of("COMPENSATION_CLAIMED", "COMPENSATION_ASSESSMENT_NOTED", "COMPENSATION_DECIDED"),
        audited);
  }

  @Test
  void noClaimOnAnApplicationNeverDesignatedAndNoClaimOfNothing() {
    String screened = applicationIn(PatentState.UNDER_SECURITY_REVIEW);
    GraphQLResponse early = api.graphql(filer, CLAIM, Map.of("a", screened, "in", input(1)));
    assertEquals(
        "INVALID_STATE",
        ((List<Map<String, Object>>) early.at("claimCompensation.errors")).get(0).get("code"));

    String lifted = applicationIn(PatentState.LIFTED);
    GraphQLResponse zero = api.graphql(filer, CLAIM, Map.of("a", lifted, "in", input(0)));
    List<Map<String, Object>> errors = zero.at("claimCompensation.errors");
    assertEquals("amountYen", errors.get(0).get("field"));
    assertTrue(
        ((List<?>)
                api.graphql(filer, CLAIMS, Map.of("id", lifted))
                    .at("patentApplication.compensationClaims"))
            .isEmpty());
  }
}
