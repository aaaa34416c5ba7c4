package dev.taiwa.cases.document.template;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.patent.application.PatentTrackDeadline;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 保全指定解除通知書: the designation was lifted, with its reason and notice date, and the new deadline for
 * requesting examination (the later of filing + 3 years, Patent Act Art. 48-3, and lifting notice +
 * 3 months, ESPA Art. 82) with its arithmetic, as the ledger computed it.
 */
final class LiftingNoticeTemplate implements DocumentTemplate {

  @Override
  public Set<MaterialPart> parts() {
    return Set.of(MaterialPart.SECURITY_REVIEW);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.DESIGNATION_LIFTING_NOTICE;
  }

  @Override
  public Optional<Rejection> lacking(CaseMaterial material) {
    return material.review().designation().flatMap(DesignationTerm::liftedOn).isPresent()
        ? Optional.empty()
        : Optional.of(Rejection.of(ErrorCode.INVALID_STATE, "The designation was not lifted"));
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PatentApplication application = material.patent();
    DesignationTerm term = material.review().designation().orElseThrow();
    Optional<PatentTrackDeadline> examination =
        material
            .review()
            .deadlineByRule(
                DeadlineRules.EXAMINATION_REQUEST, DeadlineRules.EXAMINATION_AFTER_LIFTING);
    List<List<String>> rows = Notices.applicationRows(material, application);
    rows.add(List.of("保全指定の日", JapaneseDate.withIso(term.designatedOn())));
    rows.add(List.of("解除の日", JapaneseDate.withIso(term.liftedOn().orElseThrow())));
    rows.add(List.of("解除の通知日", JapaneseDate.withIso(term.liftingNoticeDate().orElse(null))));
    rows.add(List.of("理由", term.liftingReason().orElse("")));
    examination.ifPresent(
        d -> {
          rows.add(List.of("出願審査の請求期限", JapaneseDate.withIso(d.deadline().due())));
          rows.add(List.of("期限の計算", d.explanationJa()));
        });
    return Notices.toApplicants(
        kind(),
        material,
        Issuers.CABINET_OFFICE,
        List.of(
            Section.paragraphs("", "下記の特許出願に係る発明の保全指定を解除したので通知します。"),
            Section.table("記", rows),
            Section.paragraphs(
                "",
                "出願審査の請求は、上記の期限までに行ってください。保全指定の期間中に受けた許可の条件に違反した事実があるときは、"
                    + "特許出願が却下されることがあります。")));
  }
}
