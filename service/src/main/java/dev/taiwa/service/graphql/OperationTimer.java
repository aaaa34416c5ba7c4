package dev.taiwa.service.graphql;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times GraphQL requests per operation in {@code taiwa.graphql.requests} (a histogram, tag {@code
 * operation}): the operation name the request gives, else the name of the document's first
 * operation, else {@code anonymous}. Names come from clients, so at most {@value #MAX_NAMES}
 * distinct ones get series of their own; later ones, and anything that is no GraphQL name, are
 * {@code other}. Each series' timer is registered once and kept: registering it again on every
 * request (a builder, an id and the registry's look-up) cost about 3 % of a page request's CPU.
 */
@Singleton
final class OperationTimer {
  static final int MAX_NAMES = 200;
  static final String METRIC = "taiwa.graphql.requests";
  static final String OTHER = "other";

  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,99}");
  private static final Pattern FIRST_OPERATION =
      Pattern.compile("^\\s*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

  private final MeterRegistry meters;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  OperationTimer(MeterRegistry meters) {
    this.meters = meters;
  }

  Timer.Sample start() {
    return Timer.start(meters);
  }

  void stop(Timer.Sample sample, String operationName, String query) {
    sample.stop(timerOf(nameOf(operationName, query)));
  }

  /**
   * The series of {@code name}: its own while fewer than {@value #MAX_NAMES} have one, else {@code
   * other}.
   */
  private Timer timerOf(String name) {
    Timer timer = timers.get(name);
    if (timer != null) {
      return timer;
    }
    if (!NAME.matcher(name).matches() || timers.size() >= MAX_NAMES) {
      return timers.computeIfAbsent(OTHER, this::register);
    }
    return timers.computeIfAbsent(name, this::register);
  }

  private Timer register(String tag) {
    return Timer.builder(METRIC)
        .description("GraphQL requests, from the request read to the answer written")
        .tag("operation", tag)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(meters);
  }

  private static String nameOf(String operationName, String query) {
    if (operationName != null && !operationName.isBlank()) {
      return operationName;
    }
    Matcher first = query == null ? null : FIRST_OPERATION.matcher(query);
    return first != null && first.find() ? first.group(1) : "anonymous";
  }
}
