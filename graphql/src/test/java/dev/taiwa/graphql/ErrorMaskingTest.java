package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.StoreBusyException;
import dev.taiwa.graphql.support.MaskingExceptionHandler;
import graphql.GraphQLError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ErrorMaskingTest {
  private static final Pattern INCIDENT =
      Pattern.compile("Internal error, incident ([0-9a-f-]{36})");

  private final ApiHarness api = new ApiHarness();
  private final Actor filer = Fixtures.aFiler(OrganisationId.random());
  private final Logger log = (Logger) LoggerFactory.getLogger(MaskingExceptionHandler.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    log.addAppender(logged);
  }

  @AfterEach
  void close() {
    log.detachAppender(logged);
    api.close();
  }

  @Test
  void anUnexpectedExceptionReachesTheClientOnlyAsAnIncidentId() {
    when(api.queries.find(any(), any()))
        .thenThrow(new RuntimeException("secret detail SELECT * FROM pre_report"));

    Map<String, Object> response =
        api.response(filer, "{ preReport(id: \"" + java.util.UUID.randomUUID() + "\") { id } }");

    String text = response.toString();
    assertFalse(text.contains("secret"), text);
    assertFalse(text.contains("SELECT"), text);
    assertFalse(text.contains("RuntimeException"), text);
    assertFalse(text.contains("at dev.taiwa"), text);
    Map<String, Object> error = onlyError(response);
    var matcher = INCIDENT.matcher((String) error.get("message"));
    assertTrue(matcher.matches(), text);
    String incident = matcher.group(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
    assertEquals("INTERNAL", extensions.get("code"));
    assertEquals(incident, extensions.get("incident"));

    ILoggingEvent entry = logged.list.get(0);
    assertTrue(entry.getFormattedMessage().contains(incident));
    assertEquals("secret detail SELECT * FROM pre_report", entry.getThrowableProxy().getMessage());
  }

  @Test
  void aBusyStoreIsARetryableBusyErrorWithoutIncidentOrDetail() {
    when(api.queries.find(any(), any()))
        .thenThrow(
            new IllegalStateException(
                "wrapped",
                new StoreBusyException(
                    Duration.ofMillis(2500), new RuntimeException("[SQLITE_BUSY] secret"))));

    Map<String, Object> response =
        api.response(filer, "{ preReport(id: \"" + java.util.UUID.randomUUID() + "\") { id } }");

    String text = response.toString();
    assertFalse(text.contains("SQLITE"), text);
    assertFalse(text.contains("wrapped"), text);
    assertFalse(text.contains("incident"), text);
    Map<String, Object> error = onlyError(response);
    assertTrue(((String) error.get("message")).contains("Nothing was written"), text);
    @SuppressWarnings("unchecked")
    Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
    assertEquals("BUSY", extensions.get("code"));
    assertEquals(3L, ((Number) extensions.get("retryAfterSeconds")).longValue());
    assertTrue(
        logged.list.stream().noneMatch(e -> e.getLevel() == Level.ERROR),
        "a busy store is no incident");
  }

  @Test
  void aRequestWithoutActorIsRefusedAsUnauthenticatedWithoutReachingTheUseCase() {
    Map<String, Object> response = api.response(null, "{ preReports { totalCount } }");

    Map<String, Object> error = onlyError(response);
    assertEquals("UNAUTHENTICATED", ((Map<?, ?>) error.get("extensions")).get("code"));
    assertNull(response.get("data"));
    verifyNoInteractions(api.queries);
    assertTrue(logged.list.isEmpty(), "an expected refusal is no incident");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> onlyError(Map<String, Object> response) {
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
    assertEquals(1, errors == null ? 0 : errors.size(), String.valueOf(response));
    return errors.get(0);
  }

  static String code(GraphQLError error) {
    return (String) error.getExtensions().get("code");
  }
}
