package dev.taiwa.service.persistence.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the {@code default} data source at the selected database before its pool starts: on SQLite
 * the file (its directory created) behind a {@link QueryOnlySqliteDataSource}; on PostgreSQL the
 * configured URL and credentials, each connection with a {@code lock_timeout} of the busy timeout
 * and the driver's statement cache ({@link DatabaseSettings#postgresDriverProperties}). Sizes the
 * pool per database ({@link DatabaseSettings#effectivePoolSize}).
 */
@Singleton
public class DataSourceSelection implements BeanCreatedEventListener<DatasourceConfiguration> {
  private final DatabaseSettings settings;
  private final BusyWaits waits;

  public DataSourceSelection(DatabaseSettings settings, BusyWaits waits) {
    this.settings = settings;
    this.waits = waits;
  }

  @Override
  public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration config = event.getBean();
    if (!"default".equals(config.getName())) {
      return config;
    }
    String url = settings.jdbcUrl();
    config.setUrl(url);
    config.setMaximumPoolSize(settings.effectivePoolSize());
    if (settings.kind() == DatabaseKind.SQLITE) {
      if (settings.getUrl() == null || settings.getUrl().isBlank()) {
        createDirectoryOf(settings.sqliteFile());
      }
      config.setUsername(null);
      config.setPassword(null);
      config.setDataSource(new QueryOnlySqliteDataSource(url, waits));
    } else {
      config.setDriverClassName("org.postgresql.Driver");
      config.setUsername(settings.getUser());
      config.setPassword(settings.getPassword());
      config.setConnectionInitSql(settings.postgresSessionSetup());
      settings.postgresDriverProperties().forEach(config::addDataSourceProperty);
    }
    return config;
  }

  private static void createDirectoryOf(Path file) {
    Path directory = file.getParent();
    if (directory == null) {
      return;
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ConfigurationException("cannot create the database directory " + directory, e);
    }
  }
}
