package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A patent application linked to a pre-report of the same company over real HTTP: both sides show
 * the link (number and state) to the company's filer, neither to officials who see only one side.
 */
@MicronautTest(transactional = false)
class PreReportLinkHttpTest extends DatabaseTest {
  private static final String LINK =
      "mutation($a: ID!, $r: ID!, $n: String!) { linkPreReport(applicationId: $a, preReportId: $r,"
          + " note: $n) { link { applicationId preReportId note } errors { code field } } }";
  private static final String ON_REPORT =
      "query($id: ID!) { preReport(id: $id) { id linkedPatentApplications { id number state note } } }";
  private static final String ON_APPLICATION =
      "query($id: ID!) { patentApplication(id: $id) { id linkedPreReports { id number state note } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private World world;
  private String filer;
  private String strangerFiler;
  private String examiner;
  private String officer;
  private int serial = 600000;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    filer = api.login(world.user("ln-filer", world.alpha, Role.FILER), World.PASSWORD);
    strangerFiler = api.login(world.user("ln-stranger", world.beta, Role.FILER), World.PASSWORD);
    examiner =
        api.login(world.user("ln-examiner", world.meti, Role.PATENT_EXAMINER), World.PASSWORD);
    officer =
        api.login(world.user("ln-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
  }

  private String submittedReport() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id } } }",
                Map.of("in", CaseFixture.form("link-" + UUID.randomUUID())))
            .at("createPreReportDraft.preReport.id");
    api.graphql(
        filer,
        "mutation($id: ID!) { submitPreReport(id: $id) { preReport { id } } }",
        Map.of("id", id));
    return id;
  }

  private String application() {
    return api.graphql(
            examiner,
            "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) {"
                + " patentApplication { id } } }",
            Map.of(
                "in",
                Map.of(
                    "applicationNumber",
                    "2025-" + serial++,
                    "filingDate",
                    "2025-06-02",
                    "applicantIds",
                    List.of(world.alpha.id().toString()),
                    "inventionCompletedInJapan",
                    true,
                    "title",
                    "誘導装置",
                    "route",
                    "DIRECT")))
        .at("registerPatentApplication.patentApplication.id");
  }

  private List<String> actions(String caseId) {
    return auditLog.trail(CaseId.parse(caseId)).stream()
        .map(AuditEvent::entry)
        .map(AuditEntry::action)
        .filter(a -> a.startsWith("PATENT_PRE_REPORT"))
        .toList();
  }

  @Test
  void theFilerLinksAndBothSidesShowItOnlyToThoseWhoSeeBoth() {
    String report = submittedReport();
    String application = application();

    GraphQLResponse linked =
        api.graphql(filer, LINK, Map.of("a", application, "r", report, "n", "同じ誘導制御技術"));
    assertEquals(List.of(), linked.at("linkPreReport.errors"), () -> linked.body().toString());

    List<Map<String, Object>> onReport =
        api.graphql(filer, ON_REPORT, Map.of("id", report))
            .at("preReport.linkedPatentApplications");
    assertEquals(application, onReport.get(0).get("id"));
    assertEquals("UNDER_SCREENING", onReport.get(0).get("state"));
    assertTrue(((String) onReport.get(0).get("number")).startsWith("2025-"));
    List<Map<String, Object>> onApplication =
        api.graphql(filer, ON_APPLICATION, Map.of("id", application))
            .at("patentApplication.linkedPreReports");
    assertEquals(report, onApplication.get(0).get("id"));
    assertEquals("同じ誘導制御技術", onApplication.get(0).get("note"));

    assertEquals(
        List.of(),
        api.graphql(officer, ON_REPORT, Map.of("id", report))
            .at("preReport.linkedPatentApplications"));
    assertEquals(
        List.of(),
        api.graphql(examiner, ON_APPLICATION, Map.of("id", application))
            .at("patentApplication.linkedPreReports"));
    assertEquals(List.of("PATENT_PRE_REPORT_LINKED"), actions(report));
    assertEquals(List.of("PATENT_PRE_REPORT_LINKED"), actions(application));

    GraphQLResponse unlinked =
        api.graphql(
            filer,
            "mutation($a: ID!, $r: ID!) { unlinkPreReport(applicationId: $a, preReportId: $r) {"
                + " errors { code } } }",
            Map.of("a", application, "r", report));
    assertEquals(List.of(), unlinked.at("unlinkPreReport.errors"));
    assertEquals(
        List.of(),
        api.graphql(filer, ON_REPORT, Map.of("id", report))
            .at("preReport.linkedPatentApplications"));
  }

  @Test
  void anotherCompanyAndTheExaminerAreToldNotFound() {
    String report = submittedReport();
    String application = application();

    for (String token : List.of(strangerFiler, examiner)) {
      List<Map<String, Object>> errors =
          api.graphql(token, LINK, Map.of("a", application, "r", report, "n", "同じ"))
              .at("linkPreReport.errors");
      assertEquals("NOT_FOUND", errors.get(0).get("code"));
    }
  }
}
