package dev.taiwa.cases.access;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a grant's input must meet: a reason a later reader can understand (10–2000 characters),
 * and an expiry in the future but no further ahead than {@code grants.maxDays}.
 */
public final class GrantValidation {
  public static final int REASON_MIN = 10;
  public static final int TEXT_MAX = 2000;

  private final GrantRules rules;

  public GrantValidation(GrantRules rules) {
    this.rules = rules;
  }

  /** The problems of a grant's reason and expiry; empty when it may be granted. */
  public List<Rejection> forGrant(String reason, Instant expiresAt, Instant now) {
    List<Rejection> problems = new ArrayList<>();
    reason("reason", reason).ifPresent(problems::add);
    expiry(expiresAt, now).ifPresent(problems::add);
    return problems;
  }

  /** A justification: required, {@value #REASON_MIN}–{@value #TEXT_MAX} characters. */
  public Optional<Rejection> reason(String field, String text) {
    return text(field, text, REASON_MIN);
  }

  /** A note (revocation reason, review note): required, at most {@value #TEXT_MAX} characters. */
  public Optional<Rejection> note(String field, String text) {
    return text(field, text, 1);
  }

  /** In the future, and at most {@code grants.maxDays} days after {@code now}. */
  public Optional<Rejection> expiry(Instant expiresAt, Instant now) {
    if (expiresAt == null) {
      return Optional.of(
          Rejection.onField(ErrorCode.REQUIRED, "expiresAt", "An expiry is required"));
    }
    if (!expiresAt.isAfter(now)) {
      return Optional.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "expiresAt", "The expiry must be in the future"));
    }
    if (expiresAt.isAfter(now.plus(Duration.ofDays(rules.maxDays())))) {
      return Optional.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "expiresAt",
              "The expiry may lie at most "
                  + rules.maxDays()
                  + " days ahead (rule grants.maxDays)"));
    }
    return Optional.empty();
  }

  private static Optional<Rejection> text(String field, String text, int min) {
    if (text == null || text.isBlank()) {
      return Optional.of(
          Rejection.onField(ErrorCode.REQUIRED, field, "A " + field + " is required"));
    }
    int length = text.strip().codePointCount(0, text.strip().length());
    if (length < min || length > TEXT_MAX) {
      return Optional.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              field,
              "The " + field + " must have " + min + " to " + TEXT_MAX + " characters"));
    }
    Optional<Rejection> unstorable = StorableText.problem(field, text);
    if (unstorable.isPresent()) {
      return unstorable;
    }
    return Optional.empty();
  }
}
