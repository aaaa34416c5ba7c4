package dev.taiwa.cases.catalogue;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new revision of the technology list must satisfy before it is stored. A revision is the
 * whole list as a notice left it, so:
 *
 * <ul>
 *   <li>it has an unused id, the notice it cites, and an effective date after the current (latest)
 *       revision's;
 *   <li>every item has a positive number (once), a Japanese name (with Japanese script), an English
 *       name and a status; an EFFECTIVE item states the date it is in force from;
 *   <li>every number of the current revision is still listed (a technology taken off the list stays
 *       as WITHDRAWN).
 * </ul>
 *
 * Fields are named as in the file: {@code effectiveDate}, {@code items[2].nameJa} (from 0).
 */
public final class NewRevisionRules {
  private NewRevisionRules() {}

  /** Every problem of {@code draft} against the stored {@code existing} revisions. */
  public static List<Rejection> problems(NewRevision draft, List<TechnologyRevision> existing) {
    List<Rejection> problems = new ArrayList<>();
    if (blank(draft.id())) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "id", "Give the revision an id."));
    } else if (existing.stream().anyMatch(r -> r.id().equals(draft.id().strip()))) {
      problems.add(
          Rejection.onField(ErrorCode.DUPLICATE, "id", "A revision with this id exists already."));
    }
    if (blank(draft.noticeReference())) {
      problems.add(
          Rejection.onField(
              ErrorCode.REQUIRED, "noticeReference", "Cite the notice that makes the revision."));
    }
    StorableText.nameProblem("id", draft.id()).ifPresent(problems::add);
    StorableText.nameProblem("noticeReference", draft.noticeReference()).ifPresent(problems::add);
    StorableText.problem("note", draft.note()).ifPresent(problems::add);
    Optional<TechnologyRevision> current = latest(existing);
    Optional<LocalDate> effective = date(draft.effectiveDate(), "effectiveDate", problems);
    if (effective.isPresent()
        && current.isPresent()
        && !effective.get().isAfter(current.get().effectiveDate())) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "effectiveDate",
              "Must be after the current revision's effective date "
                  + current.get().effectiveDate()
                  + "."));
    } else if (draft.effectiveDate() == null || draft.effectiveDate().isBlank()) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, "effectiveDate", "Give the effective date."));
    }
    if (draft.items().isEmpty()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "items", "List the technologies."));
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < draft.items().size(); i++) {
      item(draft.items().get(i), "items[" + i + "].", numbers, problems);
    }
    current.ifPresent(
        c ->
            c.items().stream()
                .map(Technology::number)
                .filter(n -> !numbers.contains(n))
                .forEach(
                    n ->
                        problems.add(
                            Rejection.onField(
                                ErrorCode.REQUIRED,
                                "items",
                                "Technology "
                                    + n
                                    + " of the current revision is missing; list it as"
                                    + " WITHDRAWN if it was taken off the list."))));
    return List.copyOf(problems);
  }

  /** The revision {@code draft} states; only for a draft without {@link #problems}. */
  public static TechnologyRevision revision(NewRevision draft) {
    return new TechnologyRevision(
        draft.id().strip(),
        draft.noticeReference().strip(),
        LocalDate.parse(draft.effectiveDate().strip()),
        blank(draft.note()) ? null : draft.note().strip(),
        draft.items().stream()
            .map(
                t ->
                    new Technology(
                        Integer.parseInt(t.number().strip()),
                        t.nameJa().strip(),
                        t.nameEn().strip(),
                        TechnologyStatus.valueOf(t.status().strip().toUpperCase(Locale.ROOT)),
                        blank(t.effectiveFrom())
                            ? null
                            : LocalDate.parse(t.effectiveFrom().strip())))
            .toList());
  }

  /** True when {@code text} holds hiragana, katakana or kanji. */
  static boolean hasJapaneseScript(String text) {
    return text.codePoints()
        .mapToObj(Character.UnicodeScript::of)
        .anyMatch(
            s ->
                s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HAN);
  }

  private static void item(
      NewTechnology item, String prefix, Set<Integer> numbers, List<Rejection> problems) {
    if (blank(item.number())) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, prefix + "number", "Give the number."));
    } else {
      Integer number = positive(item.number().strip());
      if (number == null) {
        problems.add(
            Rejection.onField(
                ErrorCode.INVALID_VALUE, prefix + "number", "Must be a whole number from 1."));
      } else if (!numbers.add(number)) {
        problems.add(
            Rejection.onField(
                ErrorCode.DUPLICATE,
                prefix + "number",
                "Technology " + number + " is listed twice."));
      }
    }
    if (blank(item.nameJa())) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, prefix + "nameJa", "Give the Japanese name."));
    } else if (!hasJapaneseScript(item.nameJa())) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              prefix + "nameJa",
              "The Japanese name must be written in Japanese (kana or kanji)."));
    }
    if (blank(item.nameEn())) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, prefix + "nameEn", "Give the English name."));
    }
    StorableText.nameProblem(prefix + "nameJa", item.nameJa()).ifPresent(problems::add);
    StorableText.nameProblem(prefix + "nameEn", item.nameEn()).ifPresent(problems::add);
    TechnologyStatus status = null;
    if (blank(item.status())) {
      problems.add(
          Rejection.onField(
              ErrorCode.REQUIRED,
              prefix + "status",
              "Give the status: PROPOSED, EFFECTIVE or WITHDRAWN."));
    } else {
      try {
        status = TechnologyStatus.valueOf(item.status().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            Rejection.onField(
                ErrorCode.INVALID_VALUE,
                prefix + "status",
                "Must be PROPOSED, EFFECTIVE or WITHDRAWN."));
      }
    }
    if (blank(item.effectiveFrom())) {
      if (status == TechnologyStatus.EFFECTIVE) {
        problems.add(
            Rejection.onField(
                ErrorCode.REQUIRED,
                prefix + "effectiveFrom",
                "An EFFECTIVE technology needs the date it is in force from."));
      }
    } else {
      date(item.effectiveFrom(), prefix + "effectiveFrom", problems);
    }
  }

  private static Optional<LocalDate> date(String text, String field, List<Rejection> problems) {
    if (blank(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      problems.add(
          Rejection.onField(ErrorCode.INVALID_VALUE, field, "Not a date such as 2026-10-01."));
      return Optional.empty();
    }
  }

  private static Integer positive(String text) {
    try {
      int number = Integer.parseInt(text);
      return number >= 1 ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Optional<TechnologyRevision> latest(List<TechnologyRevision> existing) {
    return existing.stream()
        .reduce((a, b) -> b.effectiveDate().isBefore(a.effectiveDate()) ? a : b);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
