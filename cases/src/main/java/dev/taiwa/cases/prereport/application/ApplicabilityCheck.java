package dev.taiwa.cases.prereport.application;

import static dev.taiwa.cases.prereport.model.ApplicabilityVerdict.NOT_REPORTABLE;
import static dev.taiwa.cases.prereport.model.ApplicabilityVerdict.REPORTABLE;
import static dev.taiwa.cases.prereport.model.ApplicabilityVerdict.UNCERTAIN;

import dev.taiwa.cases.catalogue.CountryCode;
import dev.taiwa.cases.catalogue.GroupACountries;
import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyStatus;
import dev.taiwa.cases.prereport.model.ApplicabilityAnswer;
import dev.taiwa.cases.prereport.model.ApplicabilityQuestion;
import dev.taiwa.cases.prereport.model.ApplicabilityReason;
import dev.taiwa.cases.prereport.model.ApplicabilityVerdict;
import dev.taiwa.cases.prereport.model.Exemption;
import dev.taiwa.cases.prereport.model.PreReportRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells whether a planned transfer must be pre-reported, and why: each reason names its rule and
 * legal reference. Open to every authenticated caller; it reads no case.
 *
 * <p>Each rule yields a ground (one verdict) and its reasons. Grounds combine so that any
 * NOT_REPORTABLE ground wins, then any UNCERTAIN, else REPORTABLE. The technology rule weighs its
 * items first: one listed technology in force is enough to make that ground REPORTABLE, even if
 * other items, on their own, would need no report.
 */
public final class ApplicabilityCheck {
  public static final String LISTED_TECHNOLOGY = "applicability.listedTechnology";
  public static final String GROUP_A_DESTINATION = "applicability.groupADestination";
  public static final String TRANSFER_ABROAD = "applicability.transferAbroad";
  public static final String ACT_TYPE = "applicability.actType";
  public static final String PUBLICLY_AVAILABLE = "applicability.exemption.publiclyAvailable";
  public static final String BASIC_RESEARCH = "applicability.exemption.basicResearch";
  public static final String MINIMUM_NECESSARY = "applicability.exemption.minimumNecessary";

  private static final String TECHNOLOGY_LIST = "METI Notice No. 178 of 2024 (as amended)";
  private static final String JAPAN = "JP";
  private static final String GROUP_A_LIST =
      "外為法 (Foreign Exchange and Foreign Trade Act) Art. 55-8, 貿易外省令; Group A list: Export"
          + " Trade Control Order Appendix 3 (輸出貿易管理令別表第3)";
  private static final String SCHEME =
      "外為法 Art. 55-8; METI guidance on the technology-management dialogue scheme (技術管理対話スキーム)";

  private final TechnologyCatalogue catalogue;
  private final GroupACountries groupA;
  private final PreReportRules rules;

  public ApplicabilityCheck(
      TechnologyCatalogue catalogue, GroupACountries groupA, PreReportRules rules) {
    this.catalogue = catalogue;
    this.groupA = groupA;
    this.rules = rules;
  }

  public ApplicabilityAnswer check(ApplicabilityQuestion question) {
    Objects.requireNonNull(question.asOf(), "asOf");
    List<Ground> grounds = new ArrayList<>();
    grounds.add(listedTechnology(question.technologyNumbers(), question.asOf()));
    grounds.add(groupADestination(question.destinationCountry()));
    grounds.add(actType(question));
    for (Exemption exemption : Exemption.values()) {
      if (question.claimedExemptions().contains(exemption)) {
        grounds.add(exemption(exemption));
      }
    }
    List<ApplicabilityReason> reasons = new ArrayList<>();
    grounds.forEach(g -> reasons.addAll(g.reasons()));
    return new ApplicabilityAnswer(combine(grounds), reasons);
  }

  /** One rule's conclusion and the reasons that explain it. */
  private record Ground(ApplicabilityVerdict verdict, List<ApplicabilityReason> reasons) {
    static Ground of(String rule, String reference, ApplicabilityVerdict verdict, String message) {
      return new Ground(
          verdict, List.of(new ApplicabilityReason(rule, reference, verdict, message)));
    }
  }

  private static ApplicabilityVerdict combine(List<Ground> grounds) {
    if (grounds.stream().anyMatch(g -> g.verdict() == NOT_REPORTABLE)) {
      return NOT_REPORTABLE;
    }
    if (grounds.stream().anyMatch(g -> g.verdict() == UNCERTAIN)) {
      return UNCERTAIN;
    }
    return REPORTABLE;
  }

  private Ground listedTechnology(List<Integer> numbers, LocalDate asOf) {
    Optional<TechnologyRevision> revision = catalogue.revisionOn(asOf);
    String reference = revision.map(TechnologyRevision::noticeReference).orElse(TECHNOLOGY_LIST);
    if (numbers.isEmpty()) {
      return Ground.of(
          LISTED_TECHNOLOGY,
          reference,
          UNCERTAIN,
          "No technology number given: cannot tell whether a listed technology (対象技術) is"
              + " involved.");
    }
    List<ApplicabilityReason> reasons = new ArrayList<>();
    boolean anyInForce = false;
    boolean anyUnknown = false;
    for (int number : numbers) {
      Optional<Technology> item = revision.flatMap(r -> r.item(number));
      Optional<String> listedLater =
          item.isPresent() ? Optional.empty() : listedAfter(number, asOf);
      if (listedLater.isPresent()) {
        reasons.add(
            new ApplicabilityReason(
                LISTED_TECHNOLOGY,
                reference,
                NOT_REPORTABLE,
                "Technology "
                    + number
                    + " was not yet a listed technology (対象技術) on "
                    + asOf
                    + ": "
                    + listedLater.get()
                    + "; a transfer settled before then needs no report."));
      } else if (item.isEmpty()) {
        anyUnknown = true;
        reasons.add(
            new ApplicabilityReason(
                LISTED_TECHNOLOGY,
                reference,
                UNCERTAIN,
                "Technology "
                    + number
                    + " is not in the technology list in force on "
                    + asOf
                    + "; check the number."));
      } else if (item.get().isInForceOn(asOf)) {
        anyInForce = true;
        reasons.add(
            new ApplicabilityReason(
                LISTED_TECHNOLOGY,
                reference,
                REPORTABLE,
                describe(item.get()) + " is a listed technology (対象技術) in force on " + asOf + "."));
      } else {
        reasons.add(
            new ApplicabilityReason(
                LISTED_TECHNOLOGY,
                reference,
                NOT_REPORTABLE,
                describe(item.get())
                    + " is listed but not in force on "
                    + asOf
                    + inForceFrom(item.get())
                    + ": this item alone needs no report."));
      }
    }
    ApplicabilityVerdict verdict =
        anyInForce ? REPORTABLE : anyUnknown ? UNCERTAIN : NOT_REPORTABLE;
    return new Ground(verdict, reasons);
  }

  /**
   * How a later revision lists technology {@code number}, when the list in force on {@code asOf}
   * does not yet: the first revision after that date naming it, with the item's effective date.
   */
  private Optional<String> listedAfter(int number, LocalDate asOf) {
    for (TechnologyRevision later : catalogue.revisions()) {
      if (!later.effectiveDate().isAfter(asOf)) {
        continue;
      }
      Optional<Technology> item = later.item(number);
      if (item.isPresent()) {
        Technology listed = item.get();
        LocalDate from =
            listed.effectiveFrom() != null ? listed.effectiveFrom() : later.effectiveDate();
        return Optional.of(
            describe(listed)
                + (listed.status() == TechnologyStatus.EFFECTIVE
                    ? " is listed from " + from
                    : " appears later with status " + listed.status())
                + " (revision "
                + later.id()
                + ", "
                + later.noticeReference()
                + ")");
      }
    }
    return Optional.empty();
  }

  private Ground groupADestination(String country) {
    if (country == null || country.isBlank()) {
      return Ground.of(
          GROUP_A_DESTINATION,
          GROUP_A_LIST,
          UNCERTAIN,
          "No destination country given: cannot tell whether it is a Group A country (グループA国).");
    }
    if (!CountryCode.isValid(country)) {
      return Ground.of(
          GROUP_A_DESTINATION,
          GROUP_A_LIST,
          UNCERTAIN,
          "'"
              + country
              + "' is not an ISO 3166-1 alpha-2 country code: cannot tell whether it is a Group A"
              + " country (グループA国).");
    }
    String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH) + " (" + country + ")";
    if (JAPAN.equals(country)) {
      return Ground.of(
          TRANSFER_ABROAD,
          SCHEME,
          NOT_REPORTABLE,
          name
              + " is not abroad: the scheme covers transfers abroad (外国への技術移転), so a transfer to"
              + " a party in Japan needs no pre-report.");
    }
    if (groupA.all().contains(new CountryCode(country))) {
      return Ground.of(
          GROUP_A_DESTINATION,
          GROUP_A_LIST,
          NOT_REPORTABLE,
          name + " is a Group A country (グループA国): transfers there need no pre-report.");
    }
    return Ground.of(
        GROUP_A_DESTINATION,
        GROUP_A_LIST,
        REPORTABLE,
        name + " is not a Group A country (グループA国).");
  }

  private Ground actType(ApplicabilityQuestion question) {
    if (question.transactionType() == null) {
      return Ground.of(
          ACT_TYPE, SCHEME, UNCERTAIN, "No act type given: cannot tell whether it is reportable.");
    }
    return switch (question.transactionType()) {
      case OVERSEAS_SUBSIDIARY_PRODUCTION ->
          Ground.of(
              ACT_TYPE,
              SCHEME,
              REPORTABLE,
              "Moving production to an overseas subsidiary (海外子会社への生産移管), even a wholly owned one,"
                  + " is a reportable act.");
      case CONTRACT_MANUFACTURING ->
          Ground.of(
              ACT_TYPE,
              SCHEME,
              REPORTABLE,
              "Contract manufacturing by a foreign company (委託生産) is a reportable act.");
      case JOINT_VENTURE ->
          Ground.of(
              ACT_TYPE, SCHEME, REPORTABLE, "A joint venture abroad (合弁) is a reportable act.");
      case LICENSING ->
          Ground.of(
              ACT_TYPE,
              SCHEME + "; rule applicability.licensingVerdict",
              rules.licensingVerdict(),
              "Licensing (ライセンス供与): sources conflict on whether it is reportable; the rule"
                  + " applicability.licensingVerdict answers "
                  + rules.licensingVerdict()
                  + ".");
      case OTHER ->
          Ground.of(
              ACT_TYPE,
              SCHEME,
              UNCERTAIN,
              "The act is of another type: whether it is reportable depends on the facts; ask METI.");
    };
  }

  private Ground exemption(Exemption exemption) {
    return switch (exemption) {
      case PUBLICLY_AVAILABLE ->
          Ground.of(
              PUBLICLY_AVAILABLE,
              SCHEME + " (exemption for publicly available technology; provision unconfirmed)",
              NOT_REPORTABLE,
              "Publicly available technology (公知の技術) needs no pre-report.");
      case BASIC_RESEARCH ->
          Ground.of(
              BASIC_RESEARCH,
              SCHEME + " (exemption for basic scientific research; provision unconfirmed)",
              NOT_REPORTABLE,
              "Basic scientific research (基礎科学分野の研究) needs no pre-report.");
      case MINIMUM_NECESSARY_PROVISION ->
          Ground.of(
              MINIMUM_NECESSARY,
              SCHEME + "; rule applicability.minimumNecessaryVerdict",
              rules.minimumNecessaryVerdict(),
              "Minimum-necessary provision is claimed; the exemption's wording is unconfirmed, so the"
                  + " rule applicability.minimumNecessaryVerdict answers "
                  + rules.minimumNecessaryVerdict()
                  + ".");
    };
  }

  private static String describe(Technology technology) {
    return "Technology "
        + technology.number()
        + " ("
        + technology.nameEn()
        + ", "
        + technology.nameJa()
        + ")";
  }

  private static String inForceFrom(Technology technology) {
    return technology.status() == TechnologyStatus.EFFECTIVE && technology.effectiveFrom() != null
        ? " (in force from " + technology.effectiveFrom() + ")"
        : " (status " + technology.status() + ")";
  }
}
