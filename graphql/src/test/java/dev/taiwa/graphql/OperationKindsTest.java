package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which operations a request may run: a read-only request (HTTP GET) runs queries only; nobody runs
 * subscriptions; a document with several operations must name one. Each refusal is a typed error,
 * never an exception.
 */
class OperationKindsTest {
  private final ApiHarness api = new ApiHarness();
  private final Actor filer = Fixtures.aFiler(OrganisationId.random());

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void aReadOnlyRequestDoesNotRunAMutation() {
    Map<String, Object> response =
        api.executeReadOnly(filer, "mutation { markAllNotificationsRead { __typename } }")
            .toSpecification();

    Map<String, Object> error = ErrorMaskingTest.onlyError(response);
    assertEquals("METHOD_NOT_ALLOWED", code(error), response.toString());
    assertNull(response.get("data"));
    verifyNoInteractions(api.notificationFeed);
  }

  @Test
  void aMutationWhoseDocumentWasKeptFromAPostIsStillRefusedOverGet() {
    String mutation = "mutation { markAllNotificationsRead { __typename } }";
    api.execute(filer, mutation);

    Map<String, Object> response = api.executeReadOnly(filer, mutation).toSpecification();

    assertEquals(
        "METHOD_NOT_ALLOWED", code(ErrorMaskingTest.onlyError(response)), response.toString());
    assertNull(response.get("data"));
  }

  @Test
  void severalOperationsWithoutANameAreRefusedAlsoWhenTheDocumentWasKept() {
    String document = "query A { technologyRevisions { id } } query B { me { username } }";
    Map<String, Object> named = api.executeOperation(filer, document, "A").toSpecification();
    assertNull(named.get("errors"), named.toString());

    Map<String, Object> response = api.execute(filer, document).toSpecification();

    assertEquals("INVALID_QUERY", code(ErrorMaskingTest.onlyError(response)), response.toString());
  }

  @Test
  void aReadOnlyRequestRunsAQuery() {
    Map<String, Object> response =
        api.executeReadOnly(filer, "{ technologyRevisions { id } }").toSpecification();

    assertNull(response.get("errors"), response.toString());
  }

  @Test
  void aSubscriptionIsRefusedWithACode() {
    Map<String, Object> response =
        api.execute(filer, "subscription { technologyRevisions { id } }").toSpecification();

    Map<String, Object> error = ErrorMaskingTest.onlyError(response);
    assertEquals("UNSUPPORTED_OPERATION", code(error), response.toString());
  }

  @Test
  void severalOperationsWithoutANameAreRefusedWithACode() {
    Map<String, Object> response =
        api.execute(filer, "query A { technologyRevisions { id } } query B { me { username } }")
            .toSpecification();

    Map<String, Object> error = ErrorMaskingTest.onlyError(response);
    assertEquals("INVALID_QUERY", code(error), response.toString());
  }

  private static Object code(Map<String, Object> error) {
    Object extensions = error.get("extensions");
    return extensions instanceof Map<?, ?> map ? map.get("code") : null;
  }
}
