package dev.taiwa.cases.document.template;

import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.model.DocumentContent.Section;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.JapaneseDate;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldRevision;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.model.PreReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Phrases several notices print the same way. */
final class Notices {
  /** The Economic Security Promotion Act by its title, as Track B notices cite it. */
  static final String ESPA = "経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律";

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

  /** The report's submission date, or blank while it is a draft. */
  static String submittedOn(PreReport report) {
    return report.submittedAt() == null
        ? ""
        : JapaneseDate.withIso(JapanTime.dateOf(report.submittedAt()));
  }

  /**
   * Specified fields as the notices print them, each number with its name in the revision in force
   * on {@code on}: (3) 極超音速技術…、(13) …. The names come from the shipped catalogue (recorded
   * revisions change only the IPC mapping); a number it lacks prints alone.
   */
  static String fields(List<Integer> numbers, LocalDate on) {
    Optional<SpecifiedFieldRevision> revision = SpecifiedFieldCatalogue.standard().inForceOn(on);
    return numbers.stream()
        .map(
            n ->
                "("
                    + n
                    + ")"
                    + revision.flatMap(r -> r.field(n)).map(f -> " " + f.nameJa()).orElse(""))
        .collect(Collectors.joining("、"));
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

  /**
   * A Track B notice to the applicants of the material's application, numbered by its application
   * number and dated when issued.
   */
  static DocumentContent toApplicants(
      DocumentKind kind, CaseMaterial material, String issuer, List<Section> sections) {
    PatentApplication application = material.patent();
    return new DocumentContent(
        kind,
        kind.templateVersion(),
        kind.titleJa(),
        applicationReference(application),
        material.issuedAt(),
        applicants(material, application),
        issuer,
        sections);
  }

  /** A Track A notice from the trade-control authority to the company that filed the report. */
  static DocumentContent toReporter(
      DocumentKind kind, CaseMaterial material, List<Section> sections) {
    PreReport report = material.preReport();
    return new DocumentContent(
        kind,
        kind.templateVersion(),
        kind.titleJa(),
        report.reference().value(),
        material.issuedAt(),
        material.organisationName(report.organisationId()),
        Issuers.METI,
        sections);
  }

  /** The rows that identify an application in every Track B notice (header row first). */
  static List<List<String>> applicationRows(CaseMaterial material, PatentApplication application) {
    return new ArrayList<>(
        List.of(
            List.of("項目", "内容"),
            List.of("出願番号", applicationReference(application)),
            List.of("出願日", JapaneseDate.withIso(application.filingDate())),
            List.of("出願人", applicants(material, application)),
            List.of("発明の名称", Issuers.orBlank(application.title()))));
  }
}
