package dev.taiwa.service.persistence.database;

import io.micronaut.core.value.PropertyResolver;

/** Reads the database choice from configuration, for bean conditions. */
final class SelectedDatabase {
  private SelectedDatabase() {}

  static DatabaseKind in(PropertyResolver properties) {
    return DatabaseKind.ofUrl(
        properties.getProperty(DatabaseKind.URL_PROPERTY, String.class).orElse(null));
  }
}
