package dev.taiwa.cases.document.template;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.patent.application.PatentTrackDeadline;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 保全指定前の通知書 (ESPA Art. 67): before designating, the Cabinet Office tells the applicants and asks
 * whether they maintain the application; the reply is due by the date on the ledger, whose
 * arithmetic the notice prints. It prints the invention's title: secret content.
 */
final class PriorNoticeTemplate implements DocumentTemplate {

  @Override
  public Set<MaterialPart> parts() {
    return Set.of(MaterialPart.SECURITY_REVIEW);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.PRIOR_NOTICE;
  }

  @Override
  public Optional<Rejection> lacking(CaseMaterial material) {
    return material.review().latest(ReviewRecordKind.PRIOR_NOTICE).isPresent()
        ? Optional.empty()
        : Optional.of(Rejection.of(ErrorCode.INVALID_STATE, "No prior notice was issued"));
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PatentApplication application = material.patent();
    ReviewRecord notice = material.review().latest(ReviewRecordKind.PRIOR_NOTICE).orElseThrow();
    Optional<PatentTrackDeadline> reply =
        material.review().deadlineByRule(DeadlineRules.PRIOR_NOTICE_REPLY);
    List<List<String>> rows = Notices.applicationRows(material, application);
    rows.add(List.of("通知日", JapaneseDate.withIso(JapanTime.dateOf(notice.recordedAt()))));
    rows.add(List.of("通知の内容", notice.text()));
    rows.add(List.of("回答の期限", JapaneseDate.withIso(notice.date().orElse(null))));
    reply.ifPresent(d -> rows.add(List.of("期限の計算", d.explanationJa())));
    return Notices.toApplicants(
        kind(),
        material,
        Issuers.CABINET_OFFICE,
        List.of(
            Section.paragraphs(
                "", "下記の特許出願に係る発明について、" + Notices.ESPA + "第67条の規定により、保全指定をしようとする旨を通知します。"),
            Section.table("記", rows),
            Section.paragraphs(
                "回答の方法",
                "特許出願を維持する場合は、回答の期限までに、発明を共有する事業者（名称、住所及び役割）を記載した書面を提出してください。",
                "期限までに書面の提出がない場合は、特許出願を却下することがあります。")));
  }
}
