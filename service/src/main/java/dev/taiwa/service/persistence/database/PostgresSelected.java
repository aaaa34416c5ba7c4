package dev.taiwa.service.persistence.database;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when {@code taiwa.database.url} is a {@code jdbc:postgresql:} URL. */
public final class PostgresSelected implements Condition {
  @Override
  public boolean matches(ConditionContext context) {
    return SelectedDatabase.in(context) == DatabaseKind.POSTGRES;
  }
}
