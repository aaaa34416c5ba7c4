package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;

/** The rules of a registration form, each problem on its field. */
public final class PatentApplicationValidation {
  private final Predicate<OrganisationId> organisationExists;

  public PatentApplicationValidation(Predicate<OrganisationId> organisationExists) {
    this.organisationExists = organisationExists;
  }

  public List<Rejection> problems(PatentApplicationForm form, LocalDate today) {
    List<Rejection> problems = new ArrayList<>();
    if (blank(form.applicationNumber())) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "applicationNumber", "出願番号は必須です"));
    } else if (ApplicationNumber.parse(form.applicationNumber()).isEmpty()) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "applicationNumber",
              "出願番号は「2025-123456」の形式（2024年以降、番号は000001以上）で入力してください"));
    } else {
      problems.addAll(
          ApplicationNumberYear.problems(
              ApplicationNumber.parse(form.applicationNumber()).orElseThrow(),
              form.filingDate(),
              form.route()));
    }
    if (form.filingDate() == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "filingDate", "出願日は必須です"));
    } else if (form.filingDate().isAfter(today)) {
      problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, "filingDate", "出願日が未来の日付です"));
    }
    if (form.applicants().isEmpty()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "applicants", "出願人を一つ以上指定してください"));
    } else if (new HashSet<>(form.applicants()).size() != form.applicants().size()) {
      problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, "applicants", "出願人が重複しています"));
    } else if (!form.applicants().stream().allMatch(organisationExists)) {
      problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, "applicants", "存在しない組織が指定されています"));
    }
    if (blank(form.title())) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "title", "発明の名称は必須です"));
    }
    StorableText.nameProblem("title", form.title()).ifPresent(problems::add);
    StorableText.problem("abstract", form.abstractText()).ifPresent(problems::add);
    StorableText.problem("claims", form.claims()).ifPresent(problems::add);
    if (form.route() == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "route", "出願の経路は必須です"));
    }
    for (int i = 0; i < form.ipcCodes().size(); i++) {
      if (IpcCode.parse(form.ipcCodes().get(i)).isEmpty()) {
        problems.add(
            Rejection.onField(
                ErrorCode.INVALID_VALUE, "ipcCodes." + i, "IPC記号の形式が正しくありません（例: F41H 3/00）"));
      }
    }
    return problems;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
