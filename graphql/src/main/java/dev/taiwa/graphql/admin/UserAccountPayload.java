package dev.taiwa.graphql.admin;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import java.util.List;

/** What an account mutation answers: the account as it now stands, and the refusals. */
public record UserAccountPayload(UserAccount user, List<Rejection> errors) {

  public static UserAccountPayload of(Result<UserAccount> result) {
    return new UserAccountPayload(result.value().orElse(null), result.errors());
  }

  /** The answer to an id that cannot name an account: as if it did not exist. */
  public static UserAccountPayload notFound(String field) {
    return new UserAccountPayload(
        null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, field, "No such user.")));
  }
}
