package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.patent.catalogue.SpecifiedField;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldRevision;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a screening decision: a reason always; sending to review needs at least one matched
 * field of the revision in force on the filing date, and a field of (10)–(19) only with the
 * additional requirement met; not sending names no field.
 */
final class ScreeningDecisionRules {
  private final SpecifiedFieldCatalogue catalogue;

  ScreeningDecisionRules(SpecifiedFieldCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<Rejection> problems(
      PatentApplication application,
      ScreeningOutcome outcome,
      List<Integer> fields,
      String reason) {
    List<Rejection> problems = new ArrayList<>();
    List<Integer> matched = fields == null ? List.of() : fields;
    if (reason == null || reason.isBlank()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "reason", "判断理由は必須です"));
    }
    StorableText.problem("reason", reason).ifPresent(problems::add);
    if (outcome == ScreeningOutcome.SEND_TO_REVIEW && matched.isEmpty()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "matchedFields", "送付には該当する特定技術分野が必要です"));
    }
    if (outcome == ScreeningOutcome.NOT_SENT && !matched.isEmpty()) {
      problems.add(
          Rejection.onField(ErrorCode.INVALID_VALUE, "matchedFields", "送付しない判断には特定技術分野を指定しません"));
      return problems;
    }
    if (new HashSet<>(matched).size() != matched.size()) {
      problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, "matchedFields", "分野が重複しています"));
    }
    Optional<SpecifiedFieldRevision> revision = catalogue.inForceOn(application.filingDate());
    for (int i = 0; i < matched.size(); i++) {
      int number = matched.get(i);
      Optional<SpecifiedField> field = revision.flatMap(r -> r.field(number));
      if (field.isEmpty()) {
        problems.add(
            Rejection.onField(ErrorCode.INVALID_VALUE, "matchedFields." + i, "該当する特定技術分野がありません"));
      } else if (outcome == ScreeningOutcome.SEND_TO_REVIEW
          && field.get().additionalRequirement()
          && !application.additionalFacts().met()) {
        problems.add(
            Rejection.onField(
                ErrorCode.INVALID_VALUE,
                "matchedFields." + i,
                "分野(" + field.get().number() + ")は付加要件を満たす場合のみ送付できます"));
      }
    }
    return problems;
  }
}
