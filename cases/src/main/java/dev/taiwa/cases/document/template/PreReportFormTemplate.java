package dev.taiwa.cases.document.template;

import static dev.taiwa.cases.document.template.Issuers.orBlank;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.util.List;
import java.util.Map;

/**
 * 技術移転事前報告書: the one-page form as the company filed it, field by field, from the company to the
 * Minister of Economy, Trade and Industry.
 */
final class PreReportFormTemplate implements DocumentTemplate {
  private static final Map<TransactionType, String> TRANSACTIONS =
      Map.of(
          TransactionType.OVERSEAS_SUBSIDIARY_PRODUCTION, "海外子会社での生産",
          TransactionType.CONTRACT_MANUFACTURING, "委託生産",
          TransactionType.LICENSING, "ライセンス供与",
          TransactionType.JOINT_VENTURE, "合弁事業",
          TransactionType.OTHER, "その他");

  @Override
  public DocumentKind kind() {
    return DocumentKind.PRE_REPORT_FORM;
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PreReport report = material.preReport();
    PreReportForm form = report.form();
    Contact contact = form.contact() == null ? new Contact(null, null, null, null) : form.contact();
    Counterparty party =
        form.counterparty() == null
            ? new Counterparty(null, null, null, null)
            : form.counterparty();
    String company = material.organisationName(report.organisationId());
    List<List<String>> rows =
        new java.util.ArrayList<>(
            List.of(
                List.of("項目", "記載内容"),
                List.of("報告者", company),
                List.of("担当者", orBlank(contact.name()) + "　" + orBlank(contact.department())),
                List.of("連絡先", orBlank(contact.email()) + "　" + orBlank(contact.phone())),
                List.of("技術番号", Notices.technologyNumbers(report)),
                List.of(
                    "取引の形態",
                    form.transactionType() == null ? "" : TRANSACTIONS.get(form.transactionType())),
                List.of("相手方（原語）", orBlank(party.nameOriginal())),
                List.of("相手方（ローマ字）", orBlank(party.nameRomanised())),
                List.of("相手方の国・地域", JapaneseLabels.country(party.countryCode())),
                List.of("相手方との関係", JapaneseLabels.relationship(party.relationship())),
                List.of(
                    "予定日",
                    JapaneseDate.withIso(form.plannedDate())
                        + "　"
                        + JapaneseLabels.plannedDate(form.plannedDateKind())),
                List.of("技術の内容", orBlank(form.technologyDescription())),
                List.of("管理措置", orBlank(form.managementMeasures())),
                List.of("提出日", Notices.submittedOn(report))));
    if (form.lateExplanation() != null && !form.lateExplanation().isBlank()) {
      rows.add(rows.size() - 1, List.of("予定日以後に報告する理由", form.lateExplanation()));
    }
    // The company's filing to the minister (from the company), not a notice to the company.
    return new DocumentContent(
        kind(),
        kind().templateVersion(),
        kind().titleJa(),
        report.reference().value(),
        material.issuedAt(),
        Issuers.MINISTER_OF_ECONOMY,
        company,
        List.of(
            Section.paragraphs("", "外国為替及び外国貿易法に基づく技術移転の事前報告として、次のとおり報告します。"),
            Section.table("", rows)));
  }
}
