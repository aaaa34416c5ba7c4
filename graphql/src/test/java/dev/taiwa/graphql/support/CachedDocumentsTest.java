package dev.taiwa.graphql.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A document is parsed and validated once per locale; the operation rules run every time. */
class CachedDocumentsTest {
  private final CachedDocuments documents = new CachedDocuments();
  private final AtomicInteger parsed = new AtomicInteger();
  private final Function<ExecutionInput, PreparsedDocumentEntry> parse =
      input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
      };

  @Test
  void theSameDocumentIsParsedOnceWhateverItsVariables() {
    String query = "query($n: Int!) { preReports(first: $n) { edges { node { id } } } }";

    PreparsedDocumentEntry first =
        documents
            .getDocumentAsync(input(query).variables(java.util.Map.of("n", 1)).build(), parse)
            .join();
    PreparsedDocumentEntry second =
        documents
            .getDocumentAsync(input(query).variables(java.util.Map.of("n", 2)).build(), parse)
            .join();

    assertEquals(1, parsed.get());
    assertSame(first.getDocument(), second.getDocument());
  }

  @Test
  void anotherLocaleIsValidatedAgainSinceItsErrorsReadDifferently() {
    String query = "{ me { username } }";

    documents.getDocumentAsync(input(query).locale(Locale.JAPANESE).build(), parse).join();
    documents.getDocumentAsync(input(query).locale(Locale.ENGLISH).build(), parse).join();

    assertEquals(2, parsed.get());
  }

  @Test
  void aKeptMutationIsRefusedToAReadOnlyRequest() {
    String mutation = "mutation { markAllNotificationsRead { __typename } }";
    documents.getDocumentAsync(input(mutation).build(), parse).join();

    ExecutionInput overGet =
        input(mutation)
            .graphQLContext(context -> context.put(OperationRules.READ_ONLY, true))
            .build();
    AbortExecutionException refused =
        assertThrows(
            AbortExecutionException.class, () -> documents.getDocumentAsync(overGet, parse));

    assertEquals(
        OperationRules.METHOD_NOT_ALLOWED,
        refused.getUnderlyingErrors().get(0).getExtensions().get("code"));
    assertEquals(1, parsed.get());
  }

  private static ExecutionInput.Builder input(String query) {
    return ExecutionInput.newExecutionInput(query);
  }
}
