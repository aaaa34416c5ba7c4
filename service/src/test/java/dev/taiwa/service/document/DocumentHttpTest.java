package dev.taiwa.service.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.document.application.DocumentCommands;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.document.port.IssuedDocuments;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents over real HTTP: a company files a pre-report whose contact is 𠮷田 (outside JIS X 0208),
 * an officer holds a meeting with a company-visible and an internal note; each kind is generated,
 * downloaded with the bearer token, read back with PDFBox (text and a rendered page), regenerated
 * byte for byte from its snapshot and verified; access follows the case's rules.
 */
@MicronautTest(transactional = false)
class DocumentHttpTest extends DatabaseTest {
  private static final String GENERATE = DocumentClient.GENERATE;
  private static final String VERIFY =
      "mutation($pdf: String!) { verifyDocument(pdfBase64: $pdf) { issued document { id caseId"
          + " kind generatedAt } } }";
  private static final String CONTACT = "𠮷田 花子";
  private static final String COUNTERPARTY = "深圳髙橋精密有限公司";
  private static final String VISIBLE_NOTE = "技術管理措置の説明を受けた";
  private static final String INTERNAL_NOTE = "内部メモ：最終需要者に懸念あり";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;
  @Inject IssuedDocuments documents;
  @Inject DocumentCommands commands;

  private ApiClient api;
  private DocumentClient documentClient;
  private World world;
  private String filer;
  private String strangerFiler;
  private String officer;
  private String examiner;
  private String caseId;
  private String reference;

  @BeforeAll
  void aFiledReportWithAHeldMeeting() {
    api = new ApiClient(http);
    documentClient = new DocumentClient(api, http);
    world = new World(organisations, users, hasher);
    filer = login(world.user("doc-filer", world.alpha, Role.FILER));
    strangerFiler = login(world.user("doc-stranger", world.beta, Role.FILER));
    officer = login(world.user("doc-officer", world.meti, Role.DIALOGUE_OFFICER));
    examiner = login(world.user("doc-examiner", world.meti, Role.PATENT_EXAMINER));
    Map<String, Object> form = new HashMap<>();
    form.put("contact", Map.of("name", CONTACT, "email", "hanako@alpha.example.jp"));
    form.put("technologyNumbers", List.of(1));
    form.put("transactionType", "CONTRACT_MANUFACTURING");
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal", COUNTERPARTY,
            "nameRomanised", "Shenzhen Takahashi Precision",
            "countryCode", "CN",
            "relationship", "UNRELATED"));
    form.put("plannedDate", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(90).toString());
    form.put("plannedDateKind", "CONTRACT");
    form.put("technologyDescription", "積層セラミックコンデンサの製造技術");
    GraphQLResponse created =
        api.graphql(
            filer,
            "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id"
                + " reference } errors { code } } }",
            Map.of("in", form));
    caseId = created.at("createPreReportDraft.preReport.id");
    reference = created.at("createPreReportDraft.preReport.reference");
    change(filer, "submitPreReport");
    change(officer, "startPreReportReview");
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
                        "startsAt",
                        Instant.now().plus(3, ChronoUnit.DAYS).toString(),
                        "place",
                        "経済産業省 本館",
                        "participants",
                        List.of(Map.of("name", CONTACT, "role", "輸出管理担当")),
                        "agenda",
                        List.of(
                            Map.of("text", "技術管理措置", "visibility", "COMPANY_VISIBLE"),
                            Map.of("text", INTERNAL_NOTE, "visibility", "INTERNAL")))))
            .at("scheduleMeeting.meeting.id");
    api.graphql(
        officer,
        "mutation($id: ID!, $in: MeetingRecordInput!) { recordMeetingHeld(id: $id, input: $in)"
            + " { meeting { id } errors { code } } }",
        Map.of(
            "id",
            meeting,
            "in",
            Map.of(
                "minutes",
                List.of(Map.of("text", VISIBLE_NOTE, "visibility", "COMPANY_VISIBLE")))));
  }

  @Test
  void theFiledFormPrintsTheCompanysJapaneseTextIncludingCharactersOutsideJisX0208() {
    Map<String, Object> document = generate(filer, caseId, "PRE_REPORT_FORM");
    byte[] pdf = download(filer, document);
    String text = NoticeWording.checked(pdf);

    assertEquals(1, PdfReading.pages(pdf));
    for (String expected :
        List.of("技術移転事前報告書", CONTACT, COUNTERPARTY, "アルファ電材株式会社", reference, "令和")) {
      assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
    }
    assertTrue(PdfReading.inkedShare(pdf, "PRE_REPORT_FORM") > 0.005);
  }

  @Test
  void theCompanysMeetingRecordLeavesOutInternalNotesWhichTheInternalRecordKeeps() {
    String company =
        NoticeWording.checked(download(filer, generate(filer, caseId, "MEETING_RECORD")));
    Map<String, Object> internalDocument = generate(officer, caseId, "MEETING_RECORD_INTERNAL");
    byte[] internalPdf = download(officer, internalDocument);
    String internal = NoticeWording.checked(internalPdf);

    assertTrue(company.contains(VISIBLE_NOTE), company);
    assertFalse(company.contains(INTERNAL_NOTE), company);
    assertTrue(internal.contains(INTERNAL_NOTE), internal);
    assertTrue(internal.contains("対話記録（内部用）"), internal);
    assertTrue(PdfReading.inkedShare(internalPdf, "MEETING_RECORD_INTERNAL") > 0.005);
    assertEquals(404, status(filer, internalDocument));
    assertEquals(
        "FORBIDDEN",
        api.graphql(filer, GENERATE, Map.of("id", caseId, "kind", "MEETING_RECORD_INTERNAL"))
            .at("generateDocument.errors.0.code"));
  }

  @Test
  void theDossierPrintsTheSummaryAndTheTimelineFromTheAuditTrail() {
    byte[] pdf = download(officer, generate(officer, caseId, "CASE_DOSSIER"));
    String text = NoticeWording.checked(pdf);

    assertTrue(text.contains("案件記録"), text);
    assertTrue(text.contains(COUNTERPARTY), text);
    assertTrue(text.contains("経過"), text);
    assertTrue(text.contains("doc-filer"), text);
    assertTrue(PdfReading.inkedShare(pdf, "CASE_DOSSIER") > 0.005);
  }

  @Test
  void regeneratingFromTheStoredSnapshotGivesIdenticalBytes() {
    Map<String, Object> generated = generate(officer, caseId, "PRE_REPORT_FORM");
    byte[] downloaded = download(officer, generated);
    IssuedDocument stored =
        documents.find(UUID.fromString((String) generated.get("id"))).orElseThrow();

    assertArrayEquals(downloaded, commands.regenerate(stored));
    assertEquals(stored.sha256(), generated.get("sha256"));
    assertEquals(downloaded.length, stored.byteSize());
    assertEquals("pre-report-form/3", stored.templateVersion());
    assertTrue(stored.snapshot().contains(CONTACT));
  }

  @Test
  void verificationNamesTheDocumentToItsReadersAndRejectsAOneByteChange() {
    Map<String, Object> generated = generate(filer, caseId, "PRE_REPORT_FORM");
    byte[] pdf = download(filer, generated);
    byte[] changed = pdf.clone();
    changed[changed.length / 2] ^= 0x01;

    GraphQLResponse byFiler = verify(filer, pdf);
    GraphQLResponse byStranger = verify(strangerFiler, pdf);
    GraphQLResponse tampered = verify(filer, changed);

    assertEquals(true, byFiler.at("verifyDocument.issued"));
    assertEquals(caseId, byFiler.at("verifyDocument.document.caseId"));
    assertEquals("PRE_REPORT_FORM", byFiler.at("verifyDocument.document.kind"));
    assertEquals(true, byStranger.at("verifyDocument.issued"));
    assertNull(byStranger.at("verifyDocument.document"));
    assertEquals(false, tampered.at("verifyDocument.issued"));
    assertNull(tampered.at("verifyDocument.document"));
    assertTrue(
        auditLog.trail(CaseId.parse(caseId)).stream()
            .map(AuditEvent::entry)
            .anyMatch(
                e ->
                    e.action().equals("DOCUMENT_VERIFIED")
                        && e.summary().contains((String) generated.get("id"))),
        "the filer's verification is on the case's trail");
  }

  @Test
  void aCompanyCannotDownloadOrListAnotherCompanysDocument() {
    Map<String, Object> generated = generate(filer, caseId, "PRE_REPORT_FORM");

    assertEquals(404, status(strangerFiler, generated));
    assertEquals(404, statusOf(strangerFiler, "/documents/" + UUID.randomUUID() + ".pdf"));
    List<Map<String, Object>> listed =
        api.graphql(
                filer,
                "query($id: ID!) { preReport(id: $id) { documents { id kind } } }",
                Map.of("id", caseId))
            .at("preReport.documents");
    assertTrue(listed.stream().anyMatch(d -> d.get("id").equals(generated.get("id"))));
    assertTrue(listed.stream().noneMatch(d -> d.get("kind").equals("MEETING_RECORD_INTERNAL")));
  }

  @Test
  void theSameNoticeForTheSameCaseStateIsTheSameBytesAndAChangeGivesANewVersion() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id"
                    + " } } }",
                Map.of("in", CaseFixture.form("same-bytes")))
            .at("createPreReportDraft.preReport.id");
    api.graphql(
        filer,
        "mutation($id: ID!) { submitPreReport(id: $id) { preReport { id } } }",
        Map.of("id", id));
    Map<String, Object> first = generate(filer, id, "PRE_REPORT_FORM");
    Map<String, Object> again = generate(filer, id, "PRE_REPORT_FORM");

    assertNotEquals(first.get("id"), again.get("id"));
    assertEquals(first.get("sha256"), again.get("sha256"));
    // The company's own filing is not a notice: it carries no document number.
    assertEquals(null, first.get("number"));
    assertArrayEquals(download(filer, first), download(filer, again));

    api.graphql(
        officer,
        "mutation($id: ID!) { startPreReportReview(id: $id) { preReport { id } } }",
        Map.of("id", id));
    Map<String, Object> changed = generate(filer, id, "PRE_REPORT_FORM");
    assertNotEquals(first.get("sha256"), changed.get("sha256"));
  }

  @Test
  void generationIsAudited() {
    Map<String, Object> generated = generate(filer, caseId, "PRE_REPORT_FORM");
    assertTrue(
        auditLog.trail(CaseId.parse(caseId)).stream()
            .map(AuditEvent::entry)
            .anyMatch(
                e ->
                    e.action().equals("DOCUMENT_GENERATED")
                        && e.summary().contains((String) generated.get("id"))));
  }

  @Test
  void aSecretScreeningNoticeIsRefusedToADialogueOfficerAndItsDownloadsAreAudited() {
    String sent = patentApplication("SEND_TO_REVIEW");
    String notSent = patentApplication("NOT_SENT");
    Map<String, Object> notice = generate(examiner, sent, "SCREENING_SENT_NOTICE");
    Map<String, Object> notSentNotice = generate(examiner, notSent, "SCREENING_NOT_SENT_NOTICE");

    byte[] pdf = download(examiner, notice);
    String text = NoticeWording.checked(pdf);
    assertTrue(text.contains("保全審査送付通知"), text);
    assertTrue(text.contains("極超音速飛翔体の誘導装置"), text);
    assertTrue(PdfReading.inkedShare(pdf, "SCREENING_SENT_NOTICE") > 0.005);
    byte[] notSentPdf = download(examiner, notSentNotice);
    assertTrue(NoticeWording.checked(notSentPdf).contains("保全審査不送付通知"));
    assertTrue(PdfReading.inkedShare(notSentPdf, "SCREENING_NOT_SENT_NOTICE") > 0.005);
    assertEquals(true, notice.get("secret"));
    assertEquals(404, status(officer, notice));
    assertEquals(
        "NOT_FOUND",
        api.graphql(officer, GENERATE, Map.of("id", sent, "kind", "SCREENING_SENT_NOTICE"))
            .at("generateDocument.errors.0.code"));
    assertEquals(
        1,
        auditLog.trail(CaseId.parse(sent)).stream()
            .filter(e -> e.entry().action().equals("DOCUMENT_DOWNLOADED"))
            .count());
  }

  private String patentApplication(String outcome) {
    Map<String, Object> in = new HashMap<>();
    // Filed a week ago: first screening (3 months, ESPA Art. 66) may still send it to review.
    java.time.LocalDate filed =
        java.time.LocalDate.now(dev.taiwa.cases.kernel.JapanTime.ZONE).minusDays(7);
    in.put("applicationNumber", filed.getYear() + "-" + (300000 + (int) (Math.random() * 600000)));
    in.put("filingDate", filed.toString());
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "極超音速飛翔体の誘導装置");
    in.put("abstract", "飛翔体の軌道を制御する。");
    in.put("claims", "【請求項1】誘導装置。");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    String id =
        api.graphql(
                examiner,
                "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in)"
                    + " { patentApplication { id } errors { code } } }",
                Map.of("in", in))
            .at("registerPatentApplication.patentApplication.id");
    Map<String, Object> decision = new HashMap<>();
    decision.put("outcome", outcome);
    decision.put("reason", "誘導武器等に関する技術に該当");
    if (outcome.equals("SEND_TO_REVIEW")) {
      decision.put("matchedFields", List.of(3));
    }
    GraphQLResponse decided =
        api.graphql(
            examiner,
            "mutation($id: ID!, $in: ScreeningDecisionInput!) { decideScreening(id: $id, input:"
                + " $in) { patentApplication { state } errors { code message } } }",
            Map.of("id", id, "in", decision));
    assertEquals(List.of(), decided.at("decideScreening.errors"), () -> decided.body().toString());
    return id;
  }

  private void change(String token, String mutation) {
    GraphQLResponse response =
        api.graphql(
            token,
            "mutation($id: ID!) { "
                + mutation
                + "(id: $id) { preReport { state } errors { code } } }",
            Map.of("id", caseId));
    assertEquals(List.of(), response.at(mutation + ".errors"), () -> response.body().toString());
  }

  private Map<String, Object> generate(String token, String id, String kind) {
    return documentClient.generate(token, id, kind);
  }

  private GraphQLResponse verify(String token, byte[] pdf) {
    return api.graphql(token, VERIFY, Map.of("pdf", Base64.getEncoder().encodeToString(pdf)));
  }

  private byte[] download(String token, Map<String, Object> document) {
    return documentClient.download(token, document);
  }

  private int status(String token, Map<String, Object> document) {
    return documentClient.status(token, document);
  }

  private int statusOf(String token, String path) {
    return documentClient.statusOf(token, path);
  }

  private String login(String username) {
    return api.login(username, World.PASSWORD);
  }
}
