package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.StorableText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a user name, display name, password, role set or organisation name acceptable. */
public final class AccountRules {
  /** 3 to 64 characters of lower-case ASCII letters, digits, dot, underscore and hyphen. */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

  public static final int MIN_PASSWORD_LENGTH = 12;

  /** Longer passwords are refused: hashing megabytes would be a denial of service. */
  public static final int MAX_PASSWORD_LENGTH = 1024;

  public static final int MAX_NAME_LENGTH = 200;

  private AccountRules() {}

  public static List<Rejection> usernameProblems(String field, String username) {
    if (username == null || username.isBlank()) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, field, "A user name is required."));
    }
    if (!USERNAME.matcher(username).matches()) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              field,
              "A user name has 3 to 64 characters of a-z, 0-9, '.', '_' and '-'."));
    }
    return List.of();
  }

  public static List<Rejection> passwordProblems(String field, String password) {
    if (password == null || password.isEmpty()) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, field, "A password is required."));
    }
    Optional<Rejection> unstorable = StorableText.problem(field, password);
    if (unstorable.isPresent()) {
      return List.of(unstorable.get());
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              field,
              "A password has at least "
                  + MIN_PASSWORD_LENGTH
                  + " and at most "
                  + MAX_PASSWORD_LENGTH
                  + " characters."));
    }
    return List.of();
  }

  /**
   * For display names and organisation names: required, one line of storable text ({@link
   * StorableText}), at most {@value #MAX_NAME_LENGTH} characters. Names are kept in NFC ({@link
   * #name}).
   */
  public static List<Rejection> nameProblems(String field, String name) {
    if (name == null || name.isBlank()) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, field, "A name is required."));
    }
    Optional<Rejection> unstorable = StorableText.nameProblem(field, name);
    if (unstorable.isPresent()) {
      return List.of(unstorable.get());
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              field,
              "A name has at most " + MAX_NAME_LENGTH + " characters."));
    }
    return List.of();
  }

  /** A name as it is stored and compared: trimmed, in Unicode NFC. */
  public static String name(String typed) {
    return StorableText.nfc(typed.strip());
  }

  public static List<Rejection> roleProblems(String field, Collection<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      return List.of(
          Rejection.onField(ErrorCode.REQUIRED, field, "At least one role is required."));
    }
    return List.of();
  }

  /** All problems of the given lists, in order. */
  @SafeVarargs
  public static List<Rejection> all(List<Rejection>... lists) {
    List<Rejection> all = new ArrayList<>();
    for (List<Rejection> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
