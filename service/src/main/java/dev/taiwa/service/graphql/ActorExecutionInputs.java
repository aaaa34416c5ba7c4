package dev.taiwa.service.graphql;

import dev.taiwa.cases.kernel.ReadMemo;
import dev.taiwa.graphql.TaiwaGraphQL;
import dev.taiwa.graphql.TaiwaServices;
import dev.taiwa.service.security.RequestActor;
import graphql.ExecutionInput;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Makes the {@link ExecutionInput} of every GraphQL request: it runs as the {@code Actor} that
 * {@code CallerCheck} resolved from its token, with a fresh set of DataLoaders for that request. A
 * request that is no POST (GET, HEAD) is read-only: it runs queries only. A request that only reads
 * gets a {@link ReadMemo}: its loaders (and the fetchers that look it up in the GraphQL context)
 * read a row the request already read from there, so a case's detail reads the case once.
 */
@Singleton
final class ActorExecutionInputs {
  private final TaiwaServices services;

  ActorExecutionInputs(TaiwaServices services) {
    this.services = services;
  }

  /**
   * Whether the document can only read: it does not name {@code mutation} anywhere (a mutation
   * operation must, so a document that merely mentions the word only loses the memo).
   */
  static boolean readsOnly(String document) {
    return document != null && !document.contains("mutation") && !document.contains("subscription");
  }

  /** The input that runs {@code parsed} for the caller of {@code request}. */
  ExecutionInput of(GraphQLRequest parsed, HttpRequest<?> request) {
    var actor = RequestActor.of(request).orElse(null);
    ReadMemo memo = readsOnly(parsed.query()) ? new ReadMemo() : null;
    ExecutionInput.Builder builder =
        ExecutionInput.newExecutionInput()
            .query(parsed.query())
            .operationName(parsed.operationName())
            .variables(parsed.variables());
    TaiwaGraphQL.prepare(
        builder,
        actor,
        services,
        memo == null ? OnRequestThread.INSTANCE : memo.around(OnRequestThread.INSTANCE));
    if (memo != null) {
      builder.graphQLContext(context -> context.put(ReadMemo.class, memo));
    }
    RequestActor.accountOf(request)
        .ifPresent(
            account ->
                builder.graphQLContext(
                    context ->
                        dev.taiwa.graphql.support.RequestActor.putAccount(context, account)));
    if (request.getMethod() != HttpMethod.POST) {
      TaiwaGraphQL.readOnly(builder);
    }
    return builder.build();
  }
}
