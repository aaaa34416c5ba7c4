package dev.taiwa.service.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Moves the management endpoints ({@code /health}, {@code /prometheus}) to their own port when
 * {@code taiwa.management.port} ({@code TAIWA_MANAGEMENT_PORT}) is set: they then answer there
 * only, on the same host, and the public port answers 404 for them. Unset, they share the public
 * port (and production refuses {@code /prometheus} there, see {@link PublicMetricsRefusal}).
 */
@Singleton
final class ManagementPort implements BeanCreatedEventListener<EndpointDefaultConfiguration> {
  private final Optional<Integer> port;

  ManagementPort(@Value("${taiwa.management.port:}") String port) {
    this.port = parse(port);
  }

  /** The management port, if one is set. */
  Optional<Integer> port() {
    return port;
  }

  @Override
  public EndpointDefaultConfiguration onCreated(
      BeanCreatedEvent<EndpointDefaultConfiguration> event) {
    EndpointDefaultConfiguration endpoints = event.getBean();
    port.ifPresent(endpoints::setPort);
    return endpoints;
  }

  private static Optional<Integer> parse(String port) {
    if (port == null || port.isBlank()) {
      return Optional.empty();
    }
    try {
      int value = Integer.parseInt(port.strip());
      if (value < 1 || value > 65535) {
        throw new NumberFormatException();
      }
      return Optional.of(value);
    } catch (NumberFormatException e) {
      throw new ConfigurationException(
          "TAIWA_MANAGEMENT_PORT must be a port number (1-65535), not '" + port + "'");
    }
  }
}
