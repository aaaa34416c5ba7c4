package dev.taiwa.cases.document.template;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 許可申請をすべき旨の通知書 (the inform): to the company, on its route ({@link InformRoute}): citing the
 * concerns the dialogue did not dispel (their company-visible description only, never the concern
 * information behind them), or stating the dialogue's conclusion that licence conditions are
 * effective (no concern table then); with the proposed licence conditions and the date by which to
 * apply.
 */
final class InformNoticeTemplate implements DocumentTemplate {
  static final Map<ConcernCategory, String> CATEGORIES =
      Map.of(
          ConcernCategory.COUNTERPARTY, "相手方",
          ConcernCategory.END_USE, "最終用途",
          ConcernCategory.TECHNOLOGY_RETENTION, "技術の管理",
          ConcernCategory.LEFTOVER_RISK_ON_WITHDRAWAL, "撤退時の残存リスク",
          ConcernCategory.OTHER, "その他");

  @Override
  public Set<MaterialPart> parts() {
    return Set.of(MaterialPart.DIALOGUE_DECISIONS);
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.INFORM_NOTICE;
  }

  @Override
  public Optional<Rejection> lacking(CaseMaterial material) {
    return material.decisions().inform().isPresent()
        ? Optional.empty()
        : Optional.of(Rejection.of(ErrorCode.INVALID_STATE, "No inform was issued on the case"));
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PreReport report = material.preReport();
    Inform inform = material.decisions().inform().orElseThrow();
    List<List<String>> facts =
        List.of(
            List.of("項目", "内容"),
            List.of("事前報告の整理番号", report.reference().value()),
            List.of("技術番号", Notices.technologyNumbers(report)),
            List.of("相手方", Notices.counterparty(report)),
            List.of("通知日", JapaneseDate.withIso(JapanTime.dateOf(inform.issuedAt()))),
            List.of("許可申請の期限", JapaneseDate.withIso(inform.applicationDue())));
    boolean concernsRemain = inform.route() == InformRoute.UNRESOLVED_CONCERNS;
    List<Section> sections = new ArrayList<>();
    sections.add(
        Section.paragraphs(
            "",
            (concernsRemain
                    ? "貴社から提出された技術移転の事前報告について、官民対話を通じても下記の懸念が払拭されなかったため、"
                    : "貴社から提出された技術移転の事前報告について、官民対話の中で、許可条件を付することが有効との結論となったため、")
                + "外国為替及び外国貿易法に基づき、当該技術の提供について許可の申請をすべき旨を通知します。",
            inform.summary()));
    sections.add(Section.table("記", facts));
    if (concernsRemain) {
      List<List<String>> concerns = new ArrayList<>();
      concerns.add(List.of("番号", "区分", "懸念の内容"));
      int number = 1;
      for (Concern concern : cited(material, inform)) {
        concerns.add(
            List.of(
                String.valueOf(number++),
                CATEGORIES.get(concern.category()),
                concern.description()));
      }
      sections.add(Section.table("払拭されていない懸念", concerns));
    }
    sections.add(Section.paragraphs("許可の条件（案）", Notices.numbered(inform.proposedConditions())));
    sections.add(Section.paragraphs("", "上記の期限までに許可の申請を行ってください。条件（案）への意見は申請書に記載してください。"));
    return Notices.toReporter(kind(), material, sections);
  }

  private static List<Concern> cited(CaseMaterial material, Inform inform) {
    return material.decisions().concerns().stream()
        .filter(c -> inform.citedConcerns().contains(c.id()))
        .collect(Collectors.toList());
  }
}
