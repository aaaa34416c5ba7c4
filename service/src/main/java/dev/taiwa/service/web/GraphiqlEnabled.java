package dev.taiwa.service.web;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/**
 * GraphiQL is served when {@code taiwa.graphiql.enabled} ({@code TAIWA_GRAPHIQL_ENABLED}) is true;
 * when it is not set, in development mode only.
 */
public final class GraphiqlEnabled implements Condition {
  @Override
  public boolean matches(ConditionContext context) {
    if (!(context.getBeanContext() instanceof PropertyResolver properties)) {
      return false;
    }
    String setting = properties.get("taiwa.graphiql.enabled", String.class).orElse("").strip();
    if (!setting.isEmpty()) {
      return Boolean.parseBoolean(setting);
    }
    return !"production".equals(properties.get("taiwa.mode", String.class).orElse(""));
  }
}
