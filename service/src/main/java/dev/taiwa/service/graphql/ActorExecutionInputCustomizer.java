package dev.taiwa.service.graphql;

import dev.taiwa.cases.kernel.ReadMemo;
import dev.taiwa.graphql.TaiwaGraphQL;
import dev.taiwa.graphql.TaiwaServices;
import dev.taiwa.service.security.RequestActor;
import graphql.ExecutionInput;
import io.micronaut.configuration.graphql.GraphQLExecutionInputCustomizer;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Runs every GraphQL request as the {@code Actor} that {@code CallerCheck} resolved from its token,
 * with a fresh set of DataLoaders for that request. A request that is no POST (GET, HEAD) is
 * read-only: it runs queries only. A request that only reads gets a {@link ReadMemo}: its loaders
 * (and the fetchers that look it up in the GraphQL context) read a row the request already read
 * from there, so a case's detail reads the case once.
 */
@Singleton
final class ActorExecutionInputCustomizer implements GraphQLExecutionInputCustomizer {
  private final TaiwaServices services;

  ActorExecutionInputCustomizer(TaiwaServices services) {
    this.services = services;
  }

  /**
   * Whether the document can only read: it does not name {@code mutation} anywhere (a mutation
   * operation must, so a document that merely mentions the word only loses the memo).
   */
  static boolean readsOnly(ExecutionInput input) {
    String document = input.getQuery();
    return document != null && !document.contains("mutation") && !document.contains("subscription");
  }

  @Override
  public Publisher<ExecutionInput> customize(
      ExecutionInput input, HttpRequest request, MutableHttpResponse<String> response) {
    var actor = RequestActor.of(request).orElse(null);
    boolean readOnly = request.getMethod() != HttpMethod.POST;
    ReadMemo memo = readsOnly(input) ? new ReadMemo() : null;
    return Publishers.just(
        input.transform(
            builder -> {
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
                                  dev.taiwa.graphql.support.RequestActor.putAccount(
                                      context, account)));
              if (readOnly) {
                TaiwaGraphQL.readOnly(builder);
              }
            }));
  }
}
