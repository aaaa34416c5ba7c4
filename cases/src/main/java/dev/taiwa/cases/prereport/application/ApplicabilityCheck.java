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
import dev.taiwa.cases.kernel.JapanTime;
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
 * legal reference and says what it concluded in English and in Japanese (the companies that ask
 * read Japanese). Open to every authenticated caller; it reads no case.
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
    static Ground of(
        String rule, String reference, ApplicabilityVerdict verdict, String en, String ja) {
      return new Ground(
          verdict, List.of(new ApplicabilityReason(rule, reference, verdict, en, ja)));
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
              + " involved.",
          "技術番号が指定されていないため、対象技術に当たるかどうか判断できません。");
    }
    List<ApplicabilityReason> reasons = new ArrayList<>();
    boolean anyInForce = false;
    boolean anyUnknown = false;
    String day = JapanTime.written(asOf);
    for (int number : numbers) {
      Optional<Technology> item = revision.flatMap(r -> r.item(number));
      Optional<ListedLater> listedLater =
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
                    + listedLater.get().en()
                    + "; a transfer settled before then needs no report.",
                "技術"
                    + number
                    + "は"
                    + day
                    + "の時点ではまだ対象技術ではありません（"
                    + listedLater.get().ja()
                    + "）。それより前に確定した移転は報告不要です。"));
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
                    + "; check the number.",
                "技術" + number + "は" + day + "時点の対象技術の一覧にありません。番号を確認してください。"));
      } else if (item.get().isInForceOn(asOf)) {
        anyInForce = true;
        reasons.add(
            new ApplicabilityReason(
                LISTED_TECHNOLOGY,
                reference,
                REPORTABLE,
                describe(item.get()) + " is a listed technology (対象技術) in force on " + asOf + ".",
                describeJa(item.get()) + "は" + day + "時点で効力のある対象技術です。"));
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
                    + ": this item alone needs no report.",
                describeJa(item.get())
                    + "は掲載されていますが、"
                    + day
                    + "の時点では効力がありません"
                    + inForceFromJa(item.get())
                    + "。この項目だけでは報告は不要です。"));
      }
    }
    ApplicabilityVerdict verdict =
        anyInForce ? REPORTABLE : anyUnknown ? UNCERTAIN : NOT_REPORTABLE;
    return new Ground(verdict, reasons);
  }

  /** How a later revision lists a technology, in English and in Japanese. */
  private record ListedLater(String en, String ja) {}

  /**
   * How a later revision lists technology {@code number}, when the list in force on {@code asOf}
   * does not yet: the first revision after that date naming it, with the item's effective date.
   */
  private Optional<ListedLater> listedAfter(int number, LocalDate asOf) {
    for (TechnologyRevision later : catalogue.revisions()) {
      if (!later.effectiveDate().isAfter(asOf)) {
        continue;
      }
      Optional<Technology> item = later.item(number);
      if (item.isPresent()) {
        Technology listed = item.get();
        LocalDate from =
            listed.effectiveFrom() != null ? listed.effectiveFrom() : later.effectiveDate();
        boolean effective = listed.status() == TechnologyStatus.EFFECTIVE;
        String revision = later.id() + ", " + later.noticeReference();
        return Optional.of(
            new ListedLater(
                describe(listed)
                    + (effective
                        ? " is listed from " + from
                        : " appears later with status " + listed.status())
                    + " (revision "
                    + revision
                    + ")",
                describeJa(listed)
                    + (effective
                        ? "は" + JapanTime.written(from) + "から対象"
                        : "は後の改正で状態 " + listed.status() + " として掲載")
                    + "、改正 "
                    + revision));
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
          "No destination country given: cannot tell whether it is a Group A country (グループA国).",
          "移転先の国が指定されていないため、グループA国かどうか判断できません。");
    }
    if (!CountryCode.isValid(country)) {
      return Ground.of(
          GROUP_A_DESTINATION,
          GROUP_A_LIST,
          UNCERTAIN,
          "'"
              + country
              + "' is not an ISO 3166-1 alpha-2 country code: cannot tell whether it is a Group A"
              + " country (グループA国).",
          "「" + country + "」はISO 3166-1の2文字の国コードではないため、グループA国かどうか判断できません。");
    }
    Locale place = new Locale("", country);
    String name = place.getDisplayCountry(Locale.ENGLISH) + " (" + country + ")";
    String nameJa = place.getDisplayCountry(Locale.JAPANESE) + "（" + country + "）";
    if (JAPAN.equals(country)) {
      return Ground.of(
          TRANSFER_ABROAD,
          SCHEME,
          NOT_REPORTABLE,
          name
              + " is not abroad: the scheme covers transfers abroad (外国への技術移転), so a transfer to"
              + " a party in Japan needs no pre-report.",
          nameJa + "は外国ではありません。本スキームの対象は外国への技術移転であり、国内の相手方への移転は事前報告不要です。");
    }
    if (groupA.all().contains(new CountryCode(country))) {
      return Ground.of(
          GROUP_A_DESTINATION,
          GROUP_A_LIST,
          NOT_REPORTABLE,
          name + " is a Group A country (グループA国): transfers there need no pre-report.",
          nameJa + "はグループA国です。同国への移転は事前報告不要です。");
    }
    return Ground.of(
        GROUP_A_DESTINATION,
        GROUP_A_LIST,
        REPORTABLE,
        name + " is not a Group A country (グループA国).",
        nameJa + "はグループA国ではありません。");
  }

  private Ground actType(ApplicabilityQuestion question) {
    if (question.transactionType() == null) {
      return Ground.of(
          ACT_TYPE,
          SCHEME,
          UNCERTAIN,
          "No act type given: cannot tell whether it is reportable.",
          "行為の類型が指定されていないため、報告対象かどうか判断できません。");
    }
    return switch (question.transactionType()) {
      case OVERSEAS_SUBSIDIARY_PRODUCTION ->
          Ground.of(
              ACT_TYPE,
              SCHEME,
              REPORTABLE,
              "Moving production to an overseas subsidiary (海外子会社への生産移管), even a wholly owned one,"
                  + " is a reportable act.",
              "海外子会社への生産移管は、完全子会社への移管であっても報告対象の行為です。");
      case CONTRACT_MANUFACTURING ->
          Ground.of(
              ACT_TYPE,
              SCHEME,
              REPORTABLE,
              "Contract manufacturing by a foreign company (委託生産) is a reportable act.",
              "外国企業への委託生産は報告対象の行為です。");
      case JOINT_VENTURE ->
          Ground.of(
              ACT_TYPE,
              SCHEME,
              REPORTABLE,
              "A joint venture abroad (合弁) is a reportable act.",
              "外国での合弁は報告対象の行為です。");
      case LICENSING ->
          Ground.of(
              ACT_TYPE,
              SCHEME + "; rule applicability.licensingVerdict",
              rules.licensingVerdict(),
              "Licensing (ライセンス供与): sources conflict on whether it is reportable; the rule"
                  + " applicability.licensingVerdict answers "
                  + rules.licensingVerdict()
                  + ".",
              "ライセンス供与が報告対象かどうかは資料によって異なります。規則 applicability.licensingVerdict"
                  + " の設定により「"
                  + rules.licensingVerdict().pointJa()
                  + "」と回答します。");
      case OTHER ->
          Ground.of(
              ACT_TYPE,
              SCHEME,
              UNCERTAIN,
              "The act is of another type: whether it is reportable depends on the facts; ask METI.",
              "その他の類型の行為です。報告対象かどうかは事実関係によるため、経済産業省に相談してください。");
    };
  }

  private Ground exemption(Exemption exemption) {
    return switch (exemption) {
      case PUBLICLY_AVAILABLE ->
          Ground.of(
              PUBLICLY_AVAILABLE,
              SCHEME + " (exemption for publicly available technology; provision unconfirmed)",
              NOT_REPORTABLE,
              "Publicly available technology (公知の技術) needs no pre-report.",
              "公知の技術は事前報告不要です。");
      case BASIC_RESEARCH ->
          Ground.of(
              BASIC_RESEARCH,
              SCHEME + " (exemption for basic scientific research; provision unconfirmed)",
              NOT_REPORTABLE,
              "Basic scientific research (基礎科学分野の研究) needs no pre-report.",
              "基礎科学分野の研究は事前報告不要です。");
      case MINIMUM_NECESSARY_PROVISION ->
          Ground.of(
              MINIMUM_NECESSARY,
              SCHEME + "; rule applicability.minimumNecessaryVerdict",
              rules.minimumNecessaryVerdict(),
              "Minimum-necessary provision is claimed; the exemption's wording is unconfirmed, so the"
                  + " rule applicability.minimumNecessaryVerdict answers "
                  + rules.minimumNecessaryVerdict()
                  + ".",
              "必要最小限の提供に当たると申告されています。この適用除外の文言は未確認のため、規則"
                  + " applicability.minimumNecessaryVerdict の設定により「"
                  + rules.minimumNecessaryVerdict().pointJa()
                  + "」と回答します。");
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

  private static String describeJa(Technology technology) {
    return "技術" + technology.number() + "（" + technology.nameJa() + "）";
  }

  private static String inForceFrom(Technology technology) {
    return technology.status() == TechnologyStatus.EFFECTIVE && technology.effectiveFrom() != null
        ? " (in force from " + technology.effectiveFrom() + ")"
        : " (status " + technology.status() + ")";
  }

  private static String inForceFromJa(Technology technology) {
    return technology.status() == TechnologyStatus.EFFECTIVE && technology.effectiveFrom() != null
        ? "（" + JapanTime.written(technology.effectiveFrom()) + "から効力）"
        : "（状態 " + technology.status() + "）";
  }
}
