package dev.taiwa.cases.document.template;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 許可申請に対する決定通知書: the decision on the company's licence application — granted, granted with the
 * conditions listed, or refused with the reasons listed — as recorded in the case's outcome.
 */
final class LicenceDecisionNoticeTemplate implements DocumentTemplate {
  private static final Map<OutcomeType, String> DECISIONS =
      Map.of(
          OutcomeType.LICENCE_GRANTED, "許可",
          OutcomeType.LICENCE_GRANTED_WITH_CONDITIONS, "条件付許可",
          OutcomeType.LICENCE_REFUSED, "不許可");

  @Override
  public Set<MaterialPart> parts() {
    return Set.of(MaterialPart.DIALOGUE_DECISIONS);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.LICENCE_DECISION_NOTICE;
  }

  @Override
  public Optional<Rejection> lacking(CaseMaterial material) {
    boolean decided =
        material.decisions().outcome().filter(o -> DECISIONS.containsKey(o.type())).isPresent();
    return decided && material.decisions().licence().isPresent()
        ? Optional.empty()
        : Optional.of(
            Rejection.of(ErrorCode.INVALID_STATE, "No licence decision is recorded on the case"));
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PreReport report = material.preReport();
    Outcome outcome = material.decisions().outcome().orElseThrow();
    LicenceApplication application = material.decisions().licence().orElseThrow();
    String decision = DECISIONS.get(outcome.type());
    List<List<String>> facts =
        List.of(
            List.of("項目", "内容"),
            List.of("事前報告の整理番号", report.reference().value()),
            List.of("貴社の申請番号", application.companyReference()),
            List.of("申請日", JapaneseDate.withIso(application.appliedOn())),
            List.of("技術番号", Notices.technologyNumbers(report)),
            List.of("相手方", Notices.counterparty(report)),
            List.of("決定", decision),
            List.of("決定日", JapaneseDate.withIso(outcome.decidedOn())));
    String itemsHeading =
        switch (outcome.type()) {
          case LICENCE_GRANTED_WITH_CONDITIONS -> "許可の条件";
          case LICENCE_REFUSED -> "不許可の理由";
          default -> "";
        };
    Section items =
        itemsHeading.isEmpty()
            ? Section.paragraphs("", "本許可には条件を付しません。")
            : Section.paragraphs(itemsHeading, Notices.numbered(outcome.items()));
    return Notices.toReporter(
        kind(),
        material,
        List.of(
            Section.paragraphs(
                "",
                "貴社から申請のあった技術の提供に係る許可について、外国為替及び外国貿易法に基づき、下記のとおり" + decision + "と決定したので通知します。",
                outcome.summary()),
            Section.table("記", facts),
            items));
  }
}
