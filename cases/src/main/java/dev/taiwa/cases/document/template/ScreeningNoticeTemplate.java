package dev.taiwa.cases.document.template;

import static dev.taiwa.cases.document.template.Issuers.orBlank;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.util.List;

/**
 * The result of first screening, to the applicants: 送付通知 (the application was sent to the Cabinet
 * Office for security review under ESPA Art. 66 — not the Patent Act —, with the matched fields; it
 * prints the invention's title, so it is secret content) or 不送付通知 (not sent, with the reason; a
 * decision not to send names no field).
 */
final class ScreeningNoticeTemplate implements DocumentTemplate {
  private final boolean sent;

  ScreeningNoticeTemplate(boolean sent) {
    this.sent = sent;
  }

  @Override
  public DocumentKind kind() {
    return sent ? DocumentKind.SCREENING_SENT_NOTICE : DocumentKind.SCREENING_NOT_SENT_NOTICE;
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PatentApplication application = material.patent();
    String body =
        sent
            ? "下記の特許出願は、特定技術分野に属する発明が記載されているため、" + Notices.ESPA + "第66条の規定により内閣総理大臣に送付したので通知します。"
            : "下記の特許出願は、内閣総理大臣に送付しないこととしたので通知します。";
    List<List<String>> rows = Notices.applicationRows(material, application);
    if (sent) {
      rows.add(
          List.of(
              "該当する特定技術分野", Notices.fields(application.matchedFields(), application.filingDate())));
    }
    rows.add(List.of("理由", orBlank(application.decisionReason())));
    return Notices.toApplicants(
        kind(),
        material,
        Issuers.JPO,
        List.of(Section.paragraphs("", body), Section.table("記", rows)));
  }
}
