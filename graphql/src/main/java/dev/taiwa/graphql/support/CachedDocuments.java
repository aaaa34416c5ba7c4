package dev.taiwa.graphql.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct document once: clients send the same few documents again and
 * again with other variables, and parsing and validating one costs about as much as running a small
 * page of it. A document is kept with its validation errors (in the request's locale) until the
 * documents kept reach {@value #MAX_CHARACTERS} characters, the least used going first.
 *
 * <p>What depends on the request still runs on every request: the query limits (depth, complexity,
 * cost) are judged when the operation starts, from the document and the request's variables (and
 * remembered for that pair, {@link RememberedLimits}); {@link OperationRules} (which operation
 * runs, queries only over GET), which graphql-java calls only while parsing, is called here for a
 * kept document.
 */
public final class CachedDocuments implements PreparsedDocumentProvider {
  /** The characters of the documents kept, at most (their parsed form is larger). */
  static final long MAX_CHARACTERS = 2_000_000;

  private record Key(String query, Locale locale) {}

  private final Cache<Key, PreparsedDocumentEntry> documents =
      Caffeine.newBuilder()
          .maximumWeight(MAX_CHARACTERS)
          .<Key, PreparsedDocumentEntry>weigher((key, entry) -> key.query().length())
          .build();

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    Key key = new Key(input.getQuery(), input.getLocale());
    PreparsedDocumentEntry kept = documents.getIfPresent(key);
    if (kept == null) {
      PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
      documents.put(key, parsed);
      return CompletableFuture.completedFuture(parsed);
    }
    if (kept.getDocument() != null) {
      OperationRules.check(kept.getDocument(), input);
    }
    return CompletableFuture.completedFuture(kept);
  }
}
