package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A counterparty named in its own script, in every document that names the counterparty: the filed
 * form, the dossier, the inform and the licence decision. Each is generated (never refused for a
 * glyph) and the name is found in the text PDFBox reads back through the embedded fonts.
 */
@MicronautTest(transactional = false)
class ScriptsInDocumentsHttpTest extends DatabaseTest {
  private static final List<String> KINDS =
      List.of("PRE_REPORT_FORM", "CASE_DOSSIER", "INFORM_NOTICE", "LICENCE_DECISION_NOTICE");

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private DocumentClient documents;
  private String filer;
  private String officer;

  @BeforeAll
  void accounts() {
    api = new ApiClient(http);
    documents = new DocumentClient(api, http);
    World world = new World(organisations, users, hasher);
    filer = login(world.user("script-filer", world.alpha, Role.FILER));
    officer = login(world.user("script-officer", world.meti, Role.DIALOGUE_OFFICER));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "株式会社𠮷野精機", // Japanese, with a character outside JIS X 0208
        "苏州华电精密有限公司", // Simplified Chinese
        "臺灣積體電路製造股份有限公司", // Traditional Chinese
        "삼성전자 주식회사", // Korean
        "บริษัท ไทยเทค จำกัด", // Thai
        "टाटा मोटर्स लिमिटेड", // Devanagari
        "شركة الخليج للتقنية", // Arabic
        "ООО Ромашка Технологии", // Cyrillic
        "Nguyễn Đức Thắng Łódź Şişli Ærøskøbing", // Latin with diacritics
        "私用\uE000文字" // a private-use character no font has: still generated
      })
  void everyDocumentNamingTheCounterpartyPrintsItsName(String name) {
    String caseId = informedAndDecided(name);
    String expected = comparable(name.replace("\uE000", ""));
    for (String kind : KINDS) {
      byte[] pdf = documents.download(officer, documents.generate(officer, caseId, kind));
      String text = PdfReading.text(pdf);
      PdfReading.inkedShare(pdf, "SCRIPT-" + Integer.toHexString(name.codePointAt(0)) + "-" + kind);
      assertTrue(
          comparable(text).contains(expected), () -> kind + " lacks " + name + " in:\n" + text);
    }
  }

  /** Without spaces and line breaks (a cell may wrap a name), presentation forms decomposed. */
  private static String comparable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private String informedAndDecided(String counterparty) {
    Map<String, Object> form = new HashMap<>(CaseFixture.form("script-" + UUID.randomUUID()));
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal", counterparty,
            "nameRomanised", "Counterparty Co.",
            "countryCode", "CN",
            "relationship", "UNRELATED"));
    String caseId =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } errors { code } } }",
                Map.of("in", form))
            .at("createPreReportDraft.preReport.id");
    step(filer, "submitPreReport", caseId);
    step(officer, "startPreReportReview", caseId);
    String meeting =
        api.graphql(
                officer,
                "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in)"
                    + " { meeting { id } errors { code } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "startsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                        "place", "経済産業省 本館",
                        "participants", List.of(Map.of("name", "試験 太郎", "role", "輸出管理")),
                        "agenda",
                            List.of(Map.of("text", "技術管理措置", "visibility", "COMPANY_VISIBLE")))))
            .at("scheduleMeeting.meeting.id");
    ok(
        officer,
        "recordMeetingHeld",
        "mutation($id: ID!, $in: MeetingRecordInput!) { recordMeetingHeld(id: $id, input: $in)",
        Map.of(
            "id",
            meeting,
            "in",
            Map.of("minutes", List.of(Map.of("text", "説明を受けた", "visibility", "COMPANY_VISIBLE")))));
    String concern =
        api.graphql(
                officer,
                "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in)"
                    + " { concern { id } errors { code } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "category", "END_USE",
                        "severity", "HIGH",
                        "description", "最終需要者に懸念",
                        "concernInformation", "在外公館情報")))
            .at("raiseConcern.concern.id");
    ok(
        officer,
        "issueInform",
        "mutation($id: ID!, $in: InformInput!) { issueInform(caseId: $id, input: $in)",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "citedConcerns", List.of(concern),
                "proposedConditions", List.of("再移転を行わないこと"),
                "summary", "許可申請を求める")));
    ok(
        filer,
        "applyForLicence",
        "mutation($id: ID!, $in: LicenceApplicationInput!) { applyForLicence(caseId: $id, input:"
            + " $in)",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "companyReference", "LIC-1",
                "appliedOn", LocalDate.now(JapanTime.ZONE).toString(),
                "responses", List.of(Map.of("condition", 0, "accepted", true)))));
    ok(
        officer,
        "decideLicence",
        "mutation($id: ID!, $in: LicenceDecisionInput!) { decideLicence(caseId: $id, input: $in)",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "decision", "GRANTED_WITH_CONDITIONS",
                "items", List.of("再移転を行わないこと"),
                "summary", "条件を付して許可する")));
    return caseId;
  }

  private void step(String token, String mutation, String id) {
    ok(token, mutation, "mutation($id: ID!) { " + mutation + "(id: $id)", Map.of("id", id));
  }

  private void ok(String token, String field, String head, Map<String, Object> variables) {
    GraphQLResponse response =
        api.graphql(token, head + " { errors { code message } } }", variables);
    assertEquals(List.of(), response.at(field + ".errors"), () -> response.body().toString());
  }

  private String login(String username) {
    return api.login(username, World.PASSWORD);
  }
}
