package dev.taiwa.service.persistence.database;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Runs the selected database's own hand-written SQL migrations ({@code db/sqlite} or {@code
 * db/postgres}) on the {@code default} data source at start-up. (It replaces micronaut-flyway's
 * default customizer, which only registers Java migrations and callbacks; Taiwa has none.)
 */
@Singleton
@Named("default")
public class MigrationLocations implements FlywayConfigurationCustomizer {
  private final DatabaseSettings settings;

  public MigrationLocations(DatabaseSettings settings) {
    this.settings = settings;
  }

  @Override
  public String getName() {
    return "default";
  }

  @Override
  public void customizeFluentConfiguration(FluentConfiguration configuration) {
    configuration.locations(settings.kind().migrationLocation());
  }
}
