package dev.taiwa.cases.document.template;

import static dev.taiwa.cases.document.template.NoticeMaterialFixture.COMPANY;
import static dev.taiwa.cases.document.template.NoticeMaterialFixture.COMPANY_NAME;
import static dev.taiwa.cases.document.template.NoticeMaterialFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.BanDecision;
import dev.taiwa.cases.patent.confirmation.model.Consultation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each notice prints from its case, and what it refuses to print without its record. */
class NoticeTemplatesTest {
  private final DocumentTemplates templates = DocumentTemplates.standard();

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKindHasItsOwnTemplate(DocumentKind kind) {
    assertEquals(kind, templates.of(kind).kind());
  }

  @Test
  void theInformCitesItsConcernsAndConditionsButNeverTheConcernInformation() {
    PreReport report = NoticeMaterialFixture.preReport(PreReportState.INFORM_ISSUED);
    Concern cited = NoticeMaterialFixture.concern(report, "最終需要者が軍事関連企業である", "情報源：在外公館");
    Concern resolved = NoticeMaterialFixture.concern(report, "技術資料の持出し管理", "内部");
    var inform = NoticeMaterialFixture.inform(report, List.of(cited), List.of("再移転の禁止", "年1回の報告"));
    CaseMaterial material =
        NoticeMaterialFixture.onPreReport(
            report, NoticeMaterialFixture.decided(List.of(cited, resolved), inform, null, null));

    DocumentContent content = compose(DocumentKind.INFORM_NOTICE, material);
    String text = text(content);

    assertEquals("inform-notice/2", content.templateVersion());
    assertEquals(COMPANY_NAME, content.addressee());
    for (String expected :
        List.of("許可申請をすべき旨の通知書", "最終需要者が軍事関連企業である", "1　再移転の禁止", "2　年1回の報告", "令和8年12月25日")) {
      assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
    }
    assertFalse(text.contains("情報源：在外公館"), text);
    assertFalse(text.contains("技術資料の持出し管理"), text);
  }

  @Test
  void noInformNoticeWithoutAnInform() {
    PreReport report = NoticeMaterialFixture.preReport(PreReportState.WITHDRAWN);
    CaseMaterial material =
        NoticeMaterialFixture.onPreReport(
            report, NoticeMaterialFixture.decided(List.of(), null, null, null));

    assertEquals(
        Optional.of(ErrorCode.INVALID_STATE),
        templates.of(DocumentKind.INFORM_NOTICE).lacking(material).map(Rejection::code));
  }

  @Test
  void aGrantWithConditionsListsTheConditionsAndARefusalItsReasons() {
    PreReport granted =
        NoticeMaterialFixture.preReport(PreReportState.LICENCE_GRANTED_WITH_CONDITIONS);
    PreReport refused = NoticeMaterialFixture.preReport(PreReportState.LICENCE_REFUSED);

    String grant =
        text(
            compose(
                DocumentKind.LICENCE_DECISION_NOTICE,
                licenceDecided(granted, List.of("第三国への再移転をしないこと"))));
    String refusal =
        text(
            compose(
                DocumentKind.LICENCE_DECISION_NOTICE,
                licenceDecided(refused, List.of("懸念が払拭されていない"))));

    assertTrue(grant.contains("条件付許可"), grant);
    assertTrue(grant.contains("許可の条件"), grant);
    assertTrue(grant.contains("1　第三国への再移転をしないこと"), grant);
    assertTrue(grant.contains("SKR-2026-07"), grant);
    assertTrue(refusal.contains("不許可の理由"), refusal);
    assertTrue(refusal.contains("1　懸念が払拭されていない"), refusal);
    assertFalse(refusal.contains("条件付許可"), refusal);
  }

  @Test
  void theDesignationNoticeGivesThePeriodAndEveryObligation() {
    PatentApplication application = NoticeMaterialFixture.application(PatentState.DESIGNATED);
    ReviewRecord designation =
        NoticeMaterialFixture.record(
            application, ReviewRecordKind.DESIGNATION, "国家安全保障上の理由", LocalDate.of(2027, 11, 30));

    DocumentContent content =
        compose(
            DocumentKind.DESIGNATION_NOTICE,
            NoticeMaterialFixture.onApplication(application, List.of(designation)));
    String text = text(content);

    assertEquals("特願2025-123456", content.referenceNumber());
    assertEquals("内閣府", content.issuer());
    assertTrue(text.contains("令和9年11月30日（2027-11-30）"), text);
    assertTrue(text.contains("極超音速飛翔体の誘導装置"), text);
    for (String obligation : DesignationNoticeTemplate.OBLIGATIONS) {
      assertTrue(text.contains(obligation), obligation);
    }
  }

  @Test
  void theExtensionNoticeGivesTheNewEndAndIsRefusedBeforeAnyExtension() {
    PatentApplication application = NoticeMaterialFixture.application(PatentState.DESIGNATED);
    ReviewRecord designation =
        NoticeMaterialFixture.record(
            application, ReviewRecordKind.DESIGNATION, "理由", LocalDate.of(2027, 11, 30));
    ReviewRecord extension =
        NoticeMaterialFixture.record(
            application, ReviewRecordKind.EXTENSION, "年次審査の結果", LocalDate.of(2028, 11, 30));

    String text =
        text(
            compose(
                DocumentKind.DESIGNATION_EXTENSION_NOTICE,
                NoticeMaterialFixture.onApplication(application, List.of(designation, extension))));

    assertTrue(text.contains("2028-11-30"), text);
    assertTrue(text.contains("1回"), text);
    assertEquals(
        Optional.of(ErrorCode.INVALID_STATE),
        templates
            .of(DocumentKind.DESIGNATION_EXTENSION_NOTICE)
            .lacking(NoticeMaterialFixture.onApplication(application, List.of(designation)))
            .map(Rejection::code));
  }

  @Test
  void thePriorNoticeGivesTheReplyDateAndTheLiftingNoticeItsReason() {
    PatentApplication noticed = NoticeMaterialFixture.application(PatentState.PRIOR_NOTICE_ISSUED);
    ReviewRecord notice =
        NoticeMaterialFixture.record(
            noticed, ReviewRecordKind.PRIOR_NOTICE, "保全指定の見込み", LocalDate.of(2026, 12, 17));
    PatentApplication lifted = NoticeMaterialFixture.application(PatentState.LIFTED);
    List<ReviewRecord> liftedRecords =
        List.of(
            NoticeMaterialFixture.record(
                lifted, ReviewRecordKind.DESIGNATION, "理由", LocalDate.of(2027, 11, 30)),
            NoticeMaterialFixture.record(
                lifted, ReviewRecordKind.LIFTING, "情勢の変化", LocalDate.of(2027, 3, 1)));

    String prior =
        text(
            compose(
                DocumentKind.PRIOR_NOTICE,
                NoticeMaterialFixture.onApplication(noticed, List.of(notice))));
    String lifting =
        text(
            compose(
                DocumentKind.DESIGNATION_LIFTING_NOTICE,
                NoticeMaterialFixture.onApplication(lifted, liftedRecords)));

    assertTrue(prior.contains("令和8年12月17日（2026-12-17）"), prior);
    assertTrue(prior.contains("保全指定の見込み"), prior);
    assertTrue(lifting.contains("情勢の変化"), lifting);
    assertTrue(lifting.contains("2027-03-01"), lifting);
  }

  @Test
  void thePriorConfirmationAnswerNeverPrintsTheConsultation() {
    UserId examiner = UserId.random();
    PriorConfirmation answered =
        new PriorConfirmation(
            CaseId.random(),
            COMPANY,
            UserId.random(),
            "水中航走体の推進制御",
            "概要",
            List.of(13),
            true,
            "米国（PCT）",
            PriorConfirmationState.ANSWERED,
            Consultation.sent(NOW, examiner, "分野(13)に該当の可能性")
                .answered("内閣府：該当", NOW, UserId.random()),
            new BanDecision(BanAnswer.BAN_APPLIES, "特定技術分野(13)に該当", NOW, examiner),
            NOW,
            NOW,
            4);

    String text =
        text(
            compose(
                DocumentKind.PRIOR_CONFIRMATION_ANSWER, NoticeMaterialFixture.onRequest(answered)));

    assertTrue(text.contains("水中航走体の推進制御"), text);
    assertTrue(text.contains("外国出願の禁止（第78条）の対象となります"), text);
    assertFalse(text.contains("内閣府：該当"), text);
    assertFalse(text.contains("分野(13)に該当の可能性"), text);
  }

  private CaseMaterial licenceDecided(PreReport report, List<String> items) {
    return NoticeMaterialFixture.onPreReport(
        report,
        NoticeMaterialFixture.decided(
            List.of(),
            null,
            NoticeMaterialFixture.licence(report),
            NoticeMaterialFixture.outcome(report, report.state(), items)));
  }

  private DocumentContent compose(DocumentKind kind, CaseMaterial material) {
    DocumentTemplate template = templates.of(kind);
    assertEquals(Optional.empty(), template.lacking(material));
    return template.compose(material);
  }

  private static String text(DocumentContent content) {
    return content.texts().collect(Collectors.joining("\n"));
  }
}
