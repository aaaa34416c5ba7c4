package dev.taiwa.graphql.support;

import dev.taiwa.cases.kernel.ErrorCode;

/**
 * An expected refusal that surfaces as a GraphQL error (not a payload {@code UserError}): its
 * message is meant for the client and {@code code} becomes {@code extensions.code}.
 */
public final class RefusalException extends RuntimeException {
  /** The code of a request made without an authenticated actor. */
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

  private final String code;

  public RefusalException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public RefusalException(ErrorCode code, String message) {
    this(code.name(), message);
  }

  public String code() {
    return code;
  }
}
