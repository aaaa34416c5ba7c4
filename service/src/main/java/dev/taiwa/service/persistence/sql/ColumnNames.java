package dev.taiwa.service.persistence.sql;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.data.model.Association;
import io.micronaut.data.model.PersistentProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.util.IdentityHashMap;
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
  /** The most properties kept (an entity's properties are made once; this only bounds a leak). */
  static final int MAX_PROPERTIES = 4_096;

  private final Map<String, String> byName = new ConcurrentHashMap<>();

  /**
   * By the property object itself, copied on each addition: a property's own hash code builds a
   * hash of its name, type and owner on every call, which cost as much as the lookup saved.
   */
  private volatile Map<PersistentProperty, String> byProperty = new IdentityHashMap<>();

  @Override
  @NonNull
  public String mappedName(@NonNull String name) {
    return byName.computeIfAbsent(name, super::mappedName);
  }

  @Override
  @NonNull
  public String mappedName(@NonNull PersistentProperty property) {
    Map<PersistentProperty, String> known = byProperty;
    String name = known.get(property);
    if (name != null) {
      return name;
    }
    return known.size() < MAX_PROPERTIES ? remember(property) : super.mappedName(property);
  }

  private synchronized String remember(PersistentProperty property) {
    String name = super.mappedName(property);
    if (!byProperty.containsKey(property)) {
      Map<PersistentProperty, String> more = new IdentityHashMap<>(byProperty);
      more.put(property, name);
      byProperty = more;
    }
    return name;
  }

  @Override
  @NonNull
  public String mappedName(
      @NonNull List<Association> associations, @NonNull PersistentProperty property) {
    return associations.isEmpty() ? mappedName(property) : super.mappedName(associations, property);
  }
}
