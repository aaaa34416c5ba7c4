package dev.taiwa.graphql.support;

import graphql.schema.DataFetchingEnvironment;

/**
 * The optional {@code expectedVersion} argument of a mutation that changes an existing object: the
 * {@code version} the client last read. The command pipeline answers CONFLICT when the object has
 * moved on since; without it, any version is accepted and a simultaneous change is still caught.
 */
public final class ExpectedVersion {
  public static final String ARGUMENT = "expectedVersion";

  private ExpectedVersion() {}

  /** The argument as given, or null when the client left it out. */
  public static Long of(DataFetchingEnvironment env) {
    Number version = env.getArgument(ARGUMENT);
    return version == null ? null : version.longValue();
  }
}
