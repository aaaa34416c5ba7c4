package dev.taiwa.service.persistence.sql;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.data.model.Association;
import io.micronaut.data.model.PersistentProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micronaut Data's default column names ({@code counterpartyNameOriginal} → {@code
 * counterparty_name_original}), each worked out once per property instead of once per row read: the
 * result-set mapper asks its entity's naming strategy for every column of every row, and the
 * default strategy splits the camel case each time (about 8 % of a list request's CPU on
 * PostgreSQL, issue 19). Every {@code @MappedEntity} row names this strategy ({@code
 * ServiceArchitectureTest}); the names are exactly the default's, so the schema is unchanged.
 */
@Introspected
public final class ColumnNames extends NamingStrategies.UnderScoreSeparatedLowerCase {
  private final Map<String, String> byName = new ConcurrentHashMap<>();
  private final Map<PersistentProperty, String> byProperty = new ConcurrentHashMap<>();

  @Override
  @NonNull
  public String mappedName(@NonNull String name) {
    return byName.computeIfAbsent(name, super::mappedName);
  }

  @Override
  @NonNull
  public String mappedName(@NonNull PersistentProperty property) {
    return byProperty.computeIfAbsent(property, super::mappedName);
  }

  @Override
  @NonNull
  public String mappedName(
      @NonNull List<Association> associations, @NonNull PersistentProperty property) {
    return associations.isEmpty() ? mappedName(property) : super.mappedName(associations, property);
  }
}
