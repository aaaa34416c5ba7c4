package dev.taiwa.cases.idempotency;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What an accepted create left under its idempotency key: the operation, the new id, when. */
public record RememberedCreate(CreateOperation operation, UUID resultId, Instant at) {
  public RememberedCreate {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(resultId, "result id");
    Objects.requireNonNull(at, "at");
  }
}
