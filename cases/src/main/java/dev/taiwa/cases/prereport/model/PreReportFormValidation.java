package dev.taiwa.cases.prereport.model;

import static dev.taiwa.cases.kernel.ErrorCode.INVALID_VALUE;
import static dev.taiwa.cases.kernel.ErrorCode.REQUIRED;
import static dev.taiwa.cases.kernel.ErrorCode.TECHNOLOGY_NOT_IN_FORCE;
import static dev.taiwa.cases.kernel.ErrorCode.UNKNOWN_COUNTRY;
import static dev.taiwa.cases.kernel.ErrorCode.UNKNOWN_TECHNOLOGY;

import dev.taiwa.cases.catalogue.CountryCode;
import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pre-report form's rules, each a named policy. Every rule runs and every rejection is
 * returned, with the dotted path of the field at fault. A draft is checked only for what it
 * contains; a submission must also be complete. A planned date that has passed is allowed: a
 * company that learns late still reports the true date; the lead-time rule flags the report LATE
 * and {@link LateReportExplanation} asks why.
 */
public final class PreReportFormValidation {
  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_PHONE_LENGTH = 50;
  public static final int MAX_TEXT_LENGTH = 4000;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Latin letters (accented too, but not full-width), ASCII digits, spaces, common punctuation. */
  private static final Pattern LATIN_NAME =
      Pattern.compile("[[\\p{IsLatin}&&[^\\uFF00-\\uFFEF]]0-9 .,'’&()/:;+#@!?\"-]+");

  private final TechnologyCatalogue catalogue;

  public PreReportFormValidation(TechnologyCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Rules for creating or updating a draft on {@code today} (a date in Japan). */
  public List<Rejection> forDraft(PreReportForm form, LocalDate today) {
    List<Rejection> found = new ArrayList<>();
    presentFieldsAreWellFormed(form, today, found);
    return found;
  }

  /** Rules for submitting on {@code filingDate}: complete, and well formed on that date. */
  public List<Rejection> forSubmission(PreReportForm form, LocalDate filingDate) {
    List<Rejection> found = new ArrayList<>();
    requiredFieldsArePresent(form, found);
    presentFieldsAreWellFormed(form, filingDate, found);
    found.addAll(LateReportExplanation.problems(form, filingDate));
    return found;
  }

  private void presentFieldsAreWellFormed(
      PreReportForm form, LocalDate date, List<Rejection> found) {
    contactIsWellFormed(form.contact(), found);
    technologiesAreListedOnceAndInForce(form.technologyNumbers(), date, found);
    counterpartyIsWellFormed(form.counterparty(), found);
    fitsLength("technologyDescription", form.technologyDescription(), MAX_TEXT_LENGTH, found);
    fitsLength("managementMeasures", form.managementMeasures(), MAX_TEXT_LENGTH, found);
    StorableText.problem("technologyDescription", form.technologyDescription())
        .ifPresent(found::add);
    StorableText.problem("managementMeasures", form.managementMeasures()).ifPresent(found::add);
    fitsLength("lateExplanation", form.lateExplanation(), MAX_TEXT_LENGTH, found);
  }

  private static void requiredFieldsArePresent(PreReportForm form, List<Rejection> found) {
    Contact contact = form.contact();
    require("contact.name", contact != null && present(contact.name()), found);
    require("contact.email", contact != null && present(contact.email()), found);
    require("technologyNumbers", !form.technologyNumbers().isEmpty(), found);
    require("transactionType", form.transactionType() != null, found);
    Counterparty counterparty = form.counterparty();
    if (counterparty == null) {
      require("counterparty", false, found);
    } else {
      require("counterparty.nameOriginal", present(counterparty.nameOriginal()), found);
      require("counterparty.nameRomanised", present(counterparty.nameRomanised()), found);
      require("counterparty.countryCode", present(counterparty.countryCode()), found);
      require("counterparty.relationship", counterparty.relationship() != null, found);
    }
    require("plannedDate", form.plannedDate() != null, found);
    require("plannedDateKind", form.plannedDateKind() != null, found);
    require("technologyDescription", present(form.technologyDescription()), found);
  }

  private void technologiesAreListedOnceAndInForce(
      List<Integer> numbers, LocalDate date, List<Rejection> found) {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < numbers.size(); i++) {
      int number = numbers.get(i);
      String field = "technologyNumbers[" + i + "]";
      if (!seen.add(number)) {
        found.add(
            Rejection.onField(INVALID_VALUE, field, "Technology " + number + " is listed twice"));
        continue;
      }
      Optional<Technology> technology = catalogue.find(number, date);
      if (technology.isEmpty()) {
        found.add(
            Rejection.onField(
                UNKNOWN_TECHNOLOGY,
                field,
                "Technology " + number + " is not in the technology list in force on " + date));
      } else if (!technology.get().isInForceOn(date)) {
        found.add(
            Rejection.onField(
                TECHNOLOGY_NOT_IN_FORCE,
                field,
                "Technology "
                    + number
                    + " is listed but not in force on "
                    + date
                    + notInForce(technology.get())));
      }
    }
  }

  private static void contactIsWellFormed(Contact contact, List<Rejection> found) {
    if (contact == null) {
      return;
    }
    nameFits("contact.name", contact.name(), MAX_NAME_LENGTH, found);
    nameFits("contact.department", contact.department(), MAX_NAME_LENGTH, found);
    nameFits("contact.phone", contact.phone(), MAX_PHONE_LENGTH, found);
    if (present(contact.email())
        && (!EMAIL.matcher(contact.email()).matches()
            || contact.email().length() > MAX_EMAIL_LENGTH
            || StorableText.nameProblem("contact.email", contact.email()).isPresent())) {
      found.add(
          Rejection.onField(
              INVALID_VALUE, "contact.email", "Not an e-mail address such as name@example.co.jp"));
    }
  }

  private static void counterpartyIsWellFormed(Counterparty counterparty, List<Rejection> found) {
    if (counterparty == null) {
      return;
    }
    nameFits("counterparty.nameOriginal", counterparty.nameOriginal(), MAX_NAME_LENGTH, found);
    nameFits("counterparty.nameRomanised", counterparty.nameRomanised(), MAX_NAME_LENGTH, found);
    if (present(counterparty.nameRomanised())
        && !LATIN_NAME.matcher(counterparty.nameRomanised()).matches()) {
      found.add(
          Rejection.onField(
              INVALID_VALUE,
              "counterparty.nameRomanised",
              "Use Latin letters, digits, spaces and common punctuation (ローマ字表記)"));
    }
    if (present(counterparty.countryCode()) && !CountryCode.isValid(counterparty.countryCode())) {
      found.add(
          Rejection.onField(
              UNKNOWN_COUNTRY,
              "counterparty.countryCode",
              "Not an ISO 3166-1 alpha-2 country code (upper case, e.g. CN)"));
    }
  }

  private static void fitsLength(String field, String value, int max, List<Rejection> found) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      found.add(Rejection.onField(INVALID_VALUE, field, "At most " + max + " characters"));
    }
  }

  /** A name: one line of storable text ({@link StorableText}), at most {@code max} characters. */
  private static void nameFits(String field, String value, int max, List<Rejection> found) {
    fitsLength(field, value, max, found);
    StorableText.nameProblem(field, value).ifPresent(found::add);
  }

  private static void require(String field, boolean present, List<Rejection> found) {
    if (!present) {
      found.add(Rejection.onField(REQUIRED, field, field + " is required to submit"));
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String notInForce(Technology technology) {
    return technology.effectiveFrom() == null
        ? " (status " + technology.status() + ")"
        : " (status "
            + technology.status()
            + ", effective from "
            + technology.effectiveFrom()
            + ")";
  }
}
