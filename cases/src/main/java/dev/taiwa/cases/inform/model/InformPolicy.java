package dev.taiwa.cases.inform.model;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The inform rule, on its two routes (METI's deck on the dialogue scheme, seed 002: 「どうしても技術流出の懸念が
 * 払拭されない場合」 and 「許可条件を付することが有効との結論となった場合」): when concerns could not be dispelled the inform cites
 * at least one concern, and every cited concern must be an unresolved concern of the case itself (a
 * resolved one, or one of another case, is NOT_AN_UNRESOLVED_CONCERN); when the dialogue concluded
 * that licence conditions are effective it cites no concern and proposes at least one condition.
 * Also the rule of the company's answer: one response per proposed condition, a contested one with
 * a comment.
 */
public final class InformPolicy {
  public static final String LEGAL_REFERENCE =
      "外為法に基づくインフォーム（経済産業省「技術管理対話スキーム」資料：懸念が払拭されない場合／許可条件を付することが有効との結論となった場合）";

  /** What is wrong with an inform on {@code route}; empty when it may be issued. */
  public List<Rejection> problems(
      InformRoute route,
      List<UUID> cited,
      List<String> proposedConditions,
      List<Concern> unresolvedOfCase) {
    if (route == null) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, "route", "Say on which route"));
    }
    if (route == InformRoute.UNRESOLVED_CONCERNS) {
      return citationProblems(cited, unresolvedOfCase);
    }
    List<Rejection> problems = new ArrayList<>();
    if (cited != null && !cited.isEmpty()) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "citedConcerns",
              "An inform on the route CONDITIONS_EFFECTIVE rests on the dialogue's conclusion: it"
                  + " cites no concern"));
    }
    if (proposedConditions == null || proposedConditions.isEmpty()) {
      problems.add(
          Rejection.onField(
              ErrorCode.REQUIRED,
              "proposedConditions",
              "Propose the licence conditions the dialogue concluded to be effective"));
    }
    return problems;
  }

  public List<Rejection> citationProblems(List<UUID> cited, List<Concern> unresolvedOfCase) {
    if (cited == null || cited.isEmpty()) {
      return List.of(
          Rejection.onField(
              ErrorCode.REQUIRED,
              "citedConcerns",
              unresolvedOfCase.isEmpty()
                  ? "The case has no unresolved concern: an inform cannot be issued"
                  : "Cite the unresolved concerns the inform rests on"));
    }
    Set<UUID> citable = unresolvedOfCase.stream().map(Concern::id).collect(Collectors.toSet());
    List<Rejection> problems = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < cited.size(); i++) {
      UUID id = cited.get(i);
      if (!citable.contains(id) || !seen.add(id)) {
        problems.add(
            Rejection.onField(
                ErrorCode.NOT_AN_UNRESOLVED_CONCERN,
                "citedConcerns." + i,
                "Not an unresolved concern of this case (or cited twice)"));
      }
    }
    return problems;
  }

  public List<Rejection> applicationProblems(
      String companyReference,
      LocalDate appliedOn,
      LocalDate today,
      List<ConditionResponse> responses,
      int proposedConditions) {
    List<Rejection> problems = new ArrayList<>();
    if (companyReference == null || companyReference.isBlank()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "companyReference", "Required"));
    } else if (companyReference.strip().length() > 100) {
      problems.add(
          Rejection.onField(ErrorCode.INVALID_VALUE, "companyReference", "At most 100 chars"));
    } else {
      StorableText.nameProblem("companyReference", companyReference).ifPresent(problems::add);
    }
    if (appliedOn == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "appliedOn", "Required"));
    } else if (appliedOn.isAfter(today)) {
      problems.add(
          Rejection.onField(ErrorCode.INVALID_VALUE, "appliedOn", "Not a date in the future"));
    }
    Set<Integer> answered = new HashSet<>();
    for (int i = 0; i < responses.size(); i++) {
      ConditionResponse r = responses.get(i);
      if (r.condition() < 0
          || r.condition() >= proposedConditions
          || !answered.add(r.condition())) {
        problems.add(
            Rejection.onField(
                ErrorCode.INVALID_VALUE,
                "responses." + i + ".condition",
                "No such proposed condition, or answered twice"));
      }
      if (!r.accepted() && (r.comment() == null || r.comment().isBlank())) {
        problems.add(
            Rejection.onField(
                ErrorCode.REQUIRED, "responses." + i + ".comment", "Say why it is contested"));
      }
      StorableText.problem("responses." + i + ".comment", r.comment()).ifPresent(problems::add);
    }
    if (answered.size() < proposedConditions && problems.isEmpty()) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, "responses", "Answer every proposed condition"));
    }
    return problems;
  }
}
