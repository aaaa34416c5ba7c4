package dev.taiwa.service.web;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long the service took from the start of its JVM until it serves HTTP: Micronaut's own
 * "Startup completed in" counts from the start of the application context only, leaving out the
 * JVM's start and the loading of the classes that come before it.
 */
@Singleton
final class ReadyTime {
  private static final Logger LOG = LoggerFactory.getLogger(ReadyTime.class);

  @EventListener
  void onServerStarted(ServerStartupEvent event) {
    LOG.info(
        "Ready {} ms after the JVM started: {}",
        ManagementFactory.getRuntimeMXBean().getUptime(),
        event.getSource().getURL());
  }
}
