package dev.taiwa.cases.document.template;

import static dev.taiwa.cases.document.template.Issuers.orBlank;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.BanDecision;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 事前確認回答書 (ESPA Art. 79): the patent office's answer to a company that asked, before filing in
 * Japan, whether the foreign-filing ban applies. It prints the invention's title (secret content)
 * and never the consultation with the Cabinet Office, which is internal to the offices.
 */
final class PriorConfirmationAnswerTemplate implements DocumentTemplate {
  private static final Map<BanAnswer, String> ANSWERS =
      Map.of(
          BanAnswer.BAN_APPLIES,
          "外国出願の禁止（第78条）の対象となります。外国へ出願する前に、日本国内に特許出願をしてください。",
          BanAnswer.BAN_DOES_NOT_APPLY,
          "外国出願の禁止（第78条）の対象となりません。");

  @Override
  public DocumentKind kind() {
    return DocumentKind.PRIOR_CONFIRMATION_ANSWER;
  }

  @Override
  public Optional<Rejection> lacking(CaseMaterial material) {
    return material.confirmation().decision() != null
        ? Optional.empty()
        : Optional.of(Rejection.of(ErrorCode.INVALID_STATE, "The request is not answered yet"));
  }

  @Override
  public DocumentContent compose(CaseMaterial material) {
    PriorConfirmation request = material.confirmation();
    BanDecision decision = request.decision();
    String reference = "事前確認（" + JapaneseDate.era(JapanTime.dateOf(request.requestedAt())) + "受付）";
    List<List<String>> rows =
        List.of(
            List.of("項目", "内容"),
            List.of("受付日", JapaneseDate.withIso(JapanTime.dateOf(request.requestedAt()))),
            List.of("発明の名称", orBlank(request.title())),
            List.of(
                "求めに記載された特定技術分野",
                Notices.fields(request.claimedFields(), JapanTime.dateOf(request.requestedAt()))),
            List.of("予定する外国出願", orBlank(request.intendedForeignFiling())),
            List.of("回答", ANSWERS.get(decision.answer())),
            List.of("理由", decision.reason()),
            List.of("回答日", JapaneseDate.withIso(JapanTime.dateOf(decision.decidedAt()))));
    return new DocumentContent(
        kind(),
        kind().templateVersion(),
        kind().titleJa(),
        reference,
        material.issuedAt(),
        material.organisationName(request.organisation()),
        Issuers.JPO,
        List.of(
            Section.paragraphs(
                "", "貴社から求めのあった外国出願の禁止に関する事前確認について、" + Notices.ESPA + "第79条の規定により、下記のとおり回答します。"),
            Section.table("記", rows)));
  }
}
