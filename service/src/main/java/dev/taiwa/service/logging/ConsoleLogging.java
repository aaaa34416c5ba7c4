package dev.taiwa.service.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The service's logging, set up in code rather than read from a logback.xml: one line per event on
 * standard output, at INFO and above. Parsing an XML configuration loads some 600 classes of
 * logback's configuration language and the JDK's XML parser on the main thread before anything else
 * can start (see README, "Starting fast").
 *
 * <p>Registered in {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}, so logback
 * runs it before its own configurators. A file named by {@code -Dlogback.configurationFile} or a
 * {@code logback-test.xml} or {@code logback.xml} an operator puts on the class path still wins:
 * this configurator then steps aside and logback reads that file as before (the command line tools
 * name their own, quieter configuration so).
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
  /** Time, level, thread, abbreviated logger name, message. */
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

  static final String CONFIGURATION_FILE = "logback.configurationFile";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (configuredElsewhere(ConsoleLogging.class.getClassLoader())) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("STDOUT");
    appender.setEncoder(encoder);
    appender.start();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(appender);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Whether logback's own configurator would find a file to read (it looks in this order). */
  static boolean configuredElsewhere(ClassLoader classes) {
    return System.getProperty(CONFIGURATION_FILE) != null
        || classes.getResource("logback-test.xml") != null
        || classes.getResource("logback.xml") != null;
  }
}
