package dev.taiwa.cases.idempotency;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Safe retries of creates: every create that accepts an idempotency key goes through {@link
 * #create}. A retry with the same key by the same account, within {@link #retention()}, returns the
 * first result, re-read with the caller's normal visibility, and writes nothing.
 *
 * <p>In one transaction it looks up (account, key); when found for the same operation it answers
 * the first result; otherwise it runs the create and, when accepted, remembers the new id, so the
 * create and its key commit together or not at all. A refused create remembers nothing (a retry may
 * succeed). Two requests racing with the same key: the store's unique (account, key) makes the
 * loser's transaction fail, all of it rolls back, and the loser answers the winner's result; a
 * loser whose create was refused because of the winner's (e.g. DUPLICATE) finds the winner's key
 * after its create, rolls back its refusal (and its REJECTED audit event) and answers the same.
 * Call it outside a transaction: the loser's rollback must be its own.
 *
 * <p>A key is 1 to {@value #MAX_LENGTH} characters of printable ASCII (space to {@code ~}); any
 * other, or a key reused for another operation, is refused as {@code INVALID_VALUE} on field
 * {@value #FIELD}, without running the create. Keys older than the retention are ignored, replaced
 * when reused, and purged by {@link #purgeExpired()}.
 */
public final class OnceOnly {
  /** The input field of the key, as the API names it. */
  public static final String FIELD = "idempotencyKey";

  /** The longest key accepted. */
  public static final int MAX_LENGTH = 100;

  /** How long keys are kept unless configured otherwise: covers a client's retries of a day. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private final IdempotencyKeys keys;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration retention;

  public OnceOnly(IdempotencyKeys keys, UnitOfWork unitOfWork, Clock clock, Duration retention) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unit of work");
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException(
          "idempotency key retention must be positive: " + retention);
    }
    this.retention = retention;
  }

  /** How long a key is remembered after its create. */
  public Duration retention() {
    return retention;
  }

  /**
   * Runs {@code create} once per (account, key).
   *
   * @param key the client's idempotency key; {@code null} runs {@code create} as it is
   * @param idOf the id of what an accepted create made, to remember
   * @param firstResult re-reads the first result by its id as the caller may see it now
   */
  public <T> Result<T> create(
      Actor actor,
      String key,
      CreateOperation operation,
      Supplier<Result<T>> create,
      Function<T, UUID> idOf,
      Function<UUID, Optional<T>> firstResult) {
    if (key == null) {
      return create.get();
    }
    List<Rejection> problems = keyProblems(key);
    if (!problems.isEmpty()) {
      return Result.refused(Optional.empty(), problems);
    }
    try {
      return unitOfWork.inTransaction(
          () -> {
            Instant now = clock.instant();
            Optional<RememberedCreate> found = keys.find(actor.userId(), key);
            if (found.isPresent()) {
              if (live(found.get(), now)) {
                return replay(found.get(), operation, firstResult);
              }
              keys.forget(actor.userId(), key);
            }
            Result<T> result = create.get();
            if (result.accepted()) {
              UUID id = idOf.apply(result.value().orElseThrow());
              keys.remember(actor.userId(), key, new RememberedCreate(operation, id, now));
            } else if (keys.find(actor.userId(), key).isPresent()) {
              // A request with the same key committed while this one ran, and its create is why
              // this one was refused (e.g. DUPLICATE): undo this one, answer the first.
              throw new AnsweredMeanwhile();
            }
            return result;
          });
    } catch (RuntimeException failed) {
      return lostRace(actor, key, operation, firstResult, failed);
    }
  }

  /** Forgets every key older than the retention; how many. For the daily sweep. */
  public int purgeExpired() {
    return unitOfWork.inTransaction(() -> keys.forgetBefore(clock.instant().minus(retention)));
  }

  /** The problems of a key: empty when it is 1..100 characters of printable ASCII. */
  public static List<Rejection> keyProblems(String key) {
    if (key.isEmpty() || key.length() > MAX_LENGTH) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              FIELD,
              "An idempotency key has 1 to " + MAX_LENGTH + " characters."));
    }
    if (!key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              FIELD,
              "An idempotency key has printable ASCII characters only (space to ~)."));
    }
    return List.of();
  }

  /**
   * The create's transaction failed. When another request with the same key committed first (the
   * unique key failed ours), answer its result; otherwise the failure was something else: rethrow.
   */
  private <T> Result<T> lostRace(
      Actor actor,
      String key,
      CreateOperation operation,
      Function<UUID, Optional<T>> firstResult,
      RuntimeException failed) {
    Optional<Result<T>> first;
    try {
      first =
          unitOfWork.inTransaction(
              () ->
                  keys.find(actor.userId(), key)
                      .filter(remembered -> live(remembered, clock.instant()))
                      .map(remembered -> replay(remembered, operation, firstResult)));
    } catch (RuntimeException again) {
      failed.addSuppressed(again);
      throw failed;
    }
    return first.orElseThrow(() -> failed);
  }

  private <T> Result<T> replay(
      RememberedCreate remembered,
      CreateOperation operation,
      Function<UUID, Optional<T>> firstResult) {
    if (remembered.operation() != operation) {
      return Result.refused(
          Optional.empty(),
          List.of(
              Rejection.onField(
                  ErrorCode.INVALID_VALUE,
                  FIELD,
                  "This idempotency key was used for another operation; use a new key.")));
    }
    return firstResult
        .apply(remembered.resultId())
        .map(Result::ok)
        .orElseGet(
            () ->
                Result.refused(
                    Optional.empty(),
                    List.of(
                        Rejection.onField(
                            ErrorCode.NOT_FOUND,
                            FIELD,
                            "What this idempotency key created is no longer visible to you."))));
  }

  private boolean live(RememberedCreate remembered, Instant now) {
    return remembered.at().plus(retention).isAfter(now);
  }

  /** Rolls back a refused create whose key another request remembered meanwhile. */
  private static final class AnsweredMeanwhile extends RuntimeException {
    AnsweredMeanwhile() {
      super("another request with the same idempotency key committed first", null, false, false);
    }
  }
}
