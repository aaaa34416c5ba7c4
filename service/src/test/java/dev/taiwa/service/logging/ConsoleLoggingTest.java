package dev.taiwa.service.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service's log lines as an operator reads them on standard output. */
class ConsoleLoggingTest {
  private static final String LONG_NAME =
      "dev.taiwa.service.persistence.content.ContentEncryptionOnStart";

  @Test
  void eachEventIsOneLineWithTimeLevelThreadShortenedLoggerAndMessage() {
    String out = printed(context -> context.getLogger(LONG_NAME).info("No content stored plain"));

    String thread = Pattern.quote(Thread.currentThread().getName());
    assertTrue(
        out.matches(
            "\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\["
                + thread
                + "] d\\.t\\.s\\.p\\.c\\.ContentEncryptionOnStart - No content stored plain"
                + System.lineSeparator()),
        out);
  }

  @Test
  void infoWarnAndErrorArePrintedDebugAndTraceAreNot() {
    String out =
        printed(
            context -> {
              Logger logger = context.getLogger("dev.taiwa.Example");
              logger.trace("trace line");
              logger.debug("debug line");
              logger.info("info line");
              logger.warn("warn line");
              logger.error("error line");
            });

    assertFalse(out.contains("trace line") || out.contains("debug line"), out);
    assertTrue(out.contains(" INFO  [") && out.contains("info line"), out);
    assertTrue(out.contains(" WARN  [") && out.contains("warn line"), out);
    assertTrue(out.contains(" ERROR [") && out.contains("error line"), out);
  }

  @Test
  void aConfigurationFileNamedOnTheCommandLineWins() {
    String before = System.getProperty(ConsoleLogging.CONFIGURATION_FILE);
    System.setProperty(ConsoleLogging.CONFIGURATION_FILE, "logback-cli.xml");
    try {
      LoggerContext context = new LoggerContext();
      ConsoleLogging logging = new ConsoleLogging();
      logging.setContext(context);

      assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, logging.configure(context));
      assertFalse(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
    } finally {
      if (before == null) {
        System.clearProperty(ConsoleLogging.CONFIGURATION_FILE);
      } else {
        System.setProperty(ConsoleLogging.CONFIGURATION_FILE, before);
      }
    }
  }

  @Test
  void aLogbackXmlOnTheClassPathWins(@TempDir Path folder) throws Exception {
    try (URLClassLoader without = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
      assertFalse(ConsoleLogging.configuredElsewhere(without));
    }
    Files.writeString(folder.resolve("logback.xml"), "<configuration/>");
    try (URLClassLoader with = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
      assertTrue(ConsoleLogging.configuredElsewhere(with));
    }
  }

  @Test
  void logbackFindsItAndTheServiceLogsThroughIt() {
    assertTrue(
        ServiceLoader.load(Configurator.class).stream()
            .anyMatch(provider -> provider.type() == ConsoleLogging.class));
    var root =
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    assertEquals(Level.INFO, root.getLevel());
    assertInstanceOf(ConsoleAppender.class, root.getAppender("STDOUT"));
    assertNull(root.getAppender("console"), "no appender of logback's fallback configuration");
  }

  private static String printed(Consumer<LoggerContext> logging) {
    // As logback's service provider makes the service's context: with its MDC, then configured.
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    ConsoleLogging configurator = new ConsoleLogging();
    configurator.setContext(context);
    assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(context));
    PrintStream standardOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      logging.accept(context);
    } finally {
      System.setOut(standardOut);
      context.stop();
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
