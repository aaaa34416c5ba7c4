package dev.taiwa.graphql.access;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import java.time.Instant;
import java.util.List;

/** What a grant mutation answers: the grant as it now stands, and the refusals. */
public record AccessGrantPayload(AccessGrantView grant, List<Rejection> errors) {

  public static AccessGrantPayload of(Result<AccessGrant> result, Instant now) {
    return new AccessGrantPayload(
        result.value().map(grant -> AccessGrantView.of(grant, now)).orElse(null), result.errors());
  }

  /** The answer to an id that cannot name anything: as if it did not exist. */
  public static AccessGrantPayload notFound(String field) {
    return new AccessGrantPayload(
        null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, field, "No such " + field + ".")));
  }
}
