package dev.taiwa.cases.document.template;

import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;
import java.util.stream.Collectors;

/** Phrases several notices print the same way. */
final class Notices {
  private Notices() {}

  /** The listed items as numbered paragraphs, or 「なし」 when there are none. */
  static String[] numbered(List<String> items) {
    if (items.isEmpty()) {
      return new String[] {"なし"};
    }
    String[] lines = new String[items.size()];
    for (int i = 0; i < items.size(); i++) {
      lines[i] = (i + 1) + "　" + items.get(i);
    }
    return lines;
  }

  static String technologyNumbers(PreReport report) {
    return report.form().technologyNumbers().stream()
        .map(String::valueOf)
        .collect(Collectors.joining("、"));
  }

  static String counterparty(PreReport report) {
    var party = report.form().counterparty();
    return party == null
        ? ""
        : Issuers.orBlank(party.nameOriginal()) + "（" + Issuers.orBlank(party.countryCode()) + "）";
  }

  /** The applicants by name, joined with 「、」. */
  static String applicants(CaseMaterial material, PatentApplication application) {
    return application.applicants().stream()
        .map(material::organisationName)
        .collect(Collectors.joining("、"));
  }

  /** 特願 and the application number, the reference of every Track B notice. */
  static String applicationReference(PatentApplication application) {
    return "特願" + application.number().value();
  }

  /** The rows that identify an application in every Track B notice (header row first). */
  static List<List<String>> applicationRows(CaseMaterial material, PatentApplication application) {
    return new java.util.ArrayList<>(
        List.of(
            List.of("項目", "内容"),
            List.of("出願番号", applicationReference(application)),
            List.of(
                "出願日",
                dev.taiwa.cases.document.model.JapaneseDate.withIso(application.filingDate())),
            List.of("出願人", applicants(material, application)),
            List.of("発明の名称", Issuers.orBlank(application.title()))));
  }
}
