package dev.taiwa.service.graphql;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times GraphQL requests per operation in {@code taiwa.graphql.requests} (a histogram, tag {@code
 * operation}): the operation name the request gives, else the name of the document's first
 * operation, else {@code anonymous}. Names come from clients, so at most {@value #MAX_NAMES}
 * distinct ones get series of their own; later ones, and anything that is no GraphQL name, are
 * {@code other}.
 */
@Singleton
final class OperationTimer {
  static final int MAX_NAMES = 200;
  static final String METRIC = "taiwa.graphql.requests";

  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,99}");
  private static final Pattern FIRST_OPERATION =
      Pattern.compile("^\\s*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

  private final MeterRegistry meters;
  private final Set<String> named = ConcurrentHashMap.newKeySet();

  OperationTimer(MeterRegistry meters) {
    this.meters = meters;
  }

  Timer.Sample start() {
    return Timer.start(meters);
  }

  void stop(Timer.Sample sample, String operationName, String query) {
    sample.stop(
        Timer.builder(METRIC)
            .description("GraphQL requests, from the request read to the answer written")
            .tag("operation", tagOf(operationName, query))
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(meters));
  }

  private String tagOf(String operationName, String query) {
    String name = operationName;
    if (name == null || name.isBlank()) {
      Matcher first = query == null ? null : FIRST_OPERATION.matcher(query);
      name = first != null && first.find() ? first.group(1) : "anonymous";
    }
    if (!NAME.matcher(name).matches()) {
      return "other";
    }
    if (named.contains(name) || (named.size() < MAX_NAMES && named.add(name))) {
      return name;
    }
    return "other";
  }
}
