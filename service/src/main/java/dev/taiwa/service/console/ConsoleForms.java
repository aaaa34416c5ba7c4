package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import io.micronaut.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading a posted form: its text fields, dates and times (a {@code datetime-local} is a time in
 * Tokyo), lines as list items; and a use case's rejections put next to the fields they name, in
 * Japanese.
 */
final class ConsoleForms {
  static final String CSRF = "csrf";
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\.(\\d+)\\.([A-Za-z]+)");
  private static final Pattern ITEM = Pattern.compile("([A-Za-z]+)\\[\\d+]");

  private ConsoleForms() {}

  /** A field's text, stripped; null when absent or blank. */
  static String text(Map<String, String> form, String field) {
    String value = form.get(field);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The non-blank lines of a text area, each one item. */
  static List<String> lines(Map<String, String> form, String field) {
    String value = form.get(field);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A {@code type=date} value; null when absent or not a date (the use case then names it). */
  static LocalDate date(Map<String, String> form, String field) {
    String value = text(form, field);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A date and time ({@code 2026-12-08 10:00} or {@code 2026-12-08T10:00}) read as a time in Tokyo;
   * null when absent or invalid.
   */
  static Instant tokyoTime(Map<String, String> form, String field) {
    String value = text(form, field);
    try {
      return value == null
          ? null
          : LocalDateTime.parse(value.strip().replace(' ', 'T')).atZone(TOKYO).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A whole number; null when absent or not a number. */
  static Integer integer(Map<String, String> form, String field) {
    String value = text(form, field);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The {@code version} a form was read at; null when absent. */
  /**
   * The fields ticked on a form (screening, a prior-confirmation request): one {@code field-<n>}
   * box each.
   */
  static List<Integer> specifiedFields(Map<String, String> form) {
    List<Integer> fields = new ArrayList<>();
    form.keySet().stream()
        .filter(name -> name.startsWith("field-"))
        .forEach(
            name -> {
              try {
                fields.add(Integer.valueOf(name.substring("field-".length())));
              } catch (NumberFormatException e) {
                // not a field number: the use case sees only numbers
              }
            });
    fields.sort(Integer::compare);
    return fields;
  }

  static Long version(Map<String, String> form) {
    return number(form, "version");
  }

  /** A long; null when absent or not a number. */
  static Long number(Map<String, String> form, String field) {
    String value = text(form, field);
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An id; null when absent or not one. */
  static UUID uuid(Map<String, String> form, String field) {
    return uuid(text(form, field));
  }

  /** {@code text} as an id (a form's field, a path's segment); null when absent or not one. */
  static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** One constant of {@code type} by its name; null when absent or unknown. */
  static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type) {
    String value = text(form, field);
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether {@code presented} is the session's form token. */
  static boolean tokenMatches(ConsoleRequest caller, Map<String, String> form) {
    return ConsoleSessions.sameToken(caller.session().csrfToken(), form.get(CSRF));
  }

  /**
   * The refused {@code form}: what was typed (without the token) and each rejection next to the
   * field it names when the form has that field ({@code fields}), else at the top of the form.
   */
  static Typed refused(
      String formName,
      Map<String, String> form,
      Predicate<String> fields,
      List<Rejection> errors,
      Texts t) {
    Map<String, String> values = new LinkedHashMap<>(form);
    values.remove(CSRF);
    Map<String, String> byField = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>();
    for (Rejection rejection : errors) {
      String field = fieldOf(rejection.field());
      String text = message(rejection, t);
      if (field != null && fields.test(field)) {
        byField.merge(field, text, (a, b) -> a + " " + b);
      } else {
        messages.add(text);
      }
    }
    return new Typed(formName, values, byField, messages);
  }

  /**
   * {@code responses.2.comment} is the field {@code comment-2}; {@code items[3]} is {@code items}.
   */
  static String fieldOf(String field) {
    if (field == null) {
      return null;
    }
    Matcher indexed = INDEXED.matcher(field);
    if (indexed.matches()) {
      return indexed.group(3) + "-" + indexed.group(2);
    }
    Matcher item = ITEM.matcher(field);
    if (item.matches()) {
      return item.group(1);
    }
    return field;
  }

  /**
   * A rejection in the chosen language: in Japanese with the use case's own (English) words where
   * they add detail; in English the use case's own words.
   */
  static String message(Rejection rejection, Texts t) {
    if (t.language() == ConsoleLanguage.EN) {
      return rejection.code() == ErrorCode.CONFLICT ? t.get("form.conflict") : rejection.message();
    }
    return japanese(rejection);
  }

  /** A rejection in Japanese, with the use case's own words where they add detail. */
  static String japanese(Rejection rejection) {
    String detail = "（" + rejection.message() + "）";
    return switch (rejection.code()) {
      case REQUIRED -> "入力してください。" + detail;
      case INVALID_VALUE -> "入力内容が正しくありません。" + detail;
      case UNKNOWN_TECHNOLOGY -> "この番号の技術は技術一覧にありません。";
      case TECHNOLOGY_NOT_IN_FORCE -> "この技術は指定の日に有効ではありません。" + detail;
      case UNKNOWN_COUNTRY -> "国・地域コードが正しくありません（ISO 3166-1 の英字2文字）。";
      case DATE_IN_PAST -> "過去の日付・日時は指定できません。";
      case NOT_FOUND -> "対象が見つかりません。";
      case FORBIDDEN -> "この操作を行う権限がありません。";
      case INVALID_STATE -> "案件の現在の状態ではこの操作はできません。" + detail;
      case CONFLICT -> Texts.JA.get("form.conflict");
      case DUPLICATE -> "既に行われています。" + detail;
      case SCREENING_PERIOD_NOT_ENDED -> "まだ行えません。" + detail;
      case NOT_AN_UNRESOLVED_CONCERN -> "引用できるのは未解消の懸念事項だけです。" + detail;
      default -> rejection.code() + detail;
    };
  }

  /** The status of a page shown again after a refused form: 409, 403, 404, else 422. */
  static HttpStatus status(List<Rejection> errors) {
    if (conflict(errors)) {
      return HttpStatus.CONFLICT;
    }
    if (errors.stream().anyMatch(r -> r.code() == ErrorCode.FORBIDDEN)) {
      return HttpStatus.FORBIDDEN;
    }
    if (errors.stream().anyMatch(r -> r.code() == ErrorCode.NOT_FOUND)) {
      return HttpStatus.NOT_FOUND;
    }
    return HttpStatus.UNPROCESSABLE_ENTITY;
  }

  static boolean conflict(List<Rejection> errors) {
    return errors.stream().anyMatch(r -> r.code() == ErrorCode.CONFLICT);
  }
}
