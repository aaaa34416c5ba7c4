package dev.taiwa.cases.document.template;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 保全指定通知書 (ESPA Art. 70) and 保全指定期間延長通知書: the designation or its latest extension, with the period
 * and the obligations that bind the applicants while it lasts (Arts. 66, 71–78). Both print the
 * invention's title: secret content.
 */
final class DesignationNoticeTemplate implements DocumentTemplate {
  static final List<String> OBLIGATIONS =
      List.of(
          "特許出願の放棄及び取下げはできません（第72条）。",
          "発明の実施には内閣総理大臣の許可が必要です（第73条）。",
          "発明の内容を開示してはなりません（第74条）。",
          "発明に係る情報の適正な管理措置を講じてください（第75条）。",
          "他の事業者と発明を共有するには承認が必要です。共有事業者に変更があるときは届け出てください（第76条）。",
          "外国への特許出願はできません（第78条）。",
          "保全指定の期間中、出願公開並びに特許査定及び拒絶査定は留保されます。");

  private final boolean extension;

  DesignationNoticeTemplate(boolean extension) {
    this.extension = extension;
  }

  @Override
  public Set<MaterialPart> parts() {
    return Set.of(MaterialPart.SECURITY_REVIEW);
  }

  @Override
  public DocumentKind kind() {
    return extension ? DocumentKind.DESIGNATION_EXTENSION_NOTICE : DocumentKind.DESIGNATION_NOTICE;
  }

  @Override
  public Optional<Rejection> lacking(CaseMaterial material) {
    boolean recorded =
        material.review().designation().isPresent() && decision(material).isPresent();
    return recorded
        ? Optional.empty()
        : Optional.of(
            Rejection.of(
                ErrorCode.INVALID_STATE,
                extension
                    ? "The designation was never extended"
                    : "The application was never designated"));
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PatentApplication application = material.patent();
    DesignationTerm term = material.review().designation().orElseThrow();
    ReviewRecord decision = decision(material).orElseThrow();
    List<List<String>> rows = Notices.applicationRows(material, application);
    rows.add(List.of("保全指定の日", JapaneseDate.withIso(term.designatedOn())));
    if (extension) {
      rows.add(List.of("延長の決定日", JapaneseDate.withIso(JapanTime.dateOf(decision.recordedAt()))));
      rows.add(List.of("延長の回数", term.extensions() + "回"));
    }
    rows.add(List.of("保全指定の期間の満了日", JapaneseDate.withIso(decision.date().orElse(null))));
    rows.add(List.of("理由", decision.text()));
    String body =
        extension
            ? "下記の特許出願に係る発明の保全指定について、" + Notices.ESPA + "第70条の規定により、その期間を延長したので通知します。"
            : "下記の特許出願に係る発明について、" + Notices.ESPA + "第70条の規定により、保全指定をしたので通知します。";
    return Notices.toApplicants(
        kind(),
        material,
        Issuers.CABINET_OFFICE,
        List.of(
            Section.paragraphs("", body),
            Section.table("記", rows),
            Section.paragraphs("保全指定の期間中の義務", OBLIGATIONS.toArray(String[]::new))));
  }

  private Optional<ReviewRecord> decision(CaseMaterial material) {
    return material
        .review()
        .latest(extension ? ReviewRecordKind.EXTENSION : ReviewRecordKind.DESIGNATION);
  }
}
