package dev.taiwa.service.demo;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/**
 * True when no external database URL is configured, i.e. Taiwa runs on its embedded SQLite file.
 */
public final class EmbeddedDatabaseCondition implements Condition {
  @Override
  public boolean matches(ConditionContext context) {
    if (!(context.getBeanContext() instanceof PropertyResolver properties)) {
      return true;
    }
    return properties.get("taiwa.database.url", String.class).map(String::isBlank).orElse(true);
  }
}
