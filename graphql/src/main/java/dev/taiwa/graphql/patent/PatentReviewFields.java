package dev.taiwa.graphql.patent;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.identity.UserIdVisibility;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.PatentReviewReads;
import dev.taiwa.cases.patent.application.PatentTrackDeadline;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.graphql.identity.PersonLoader;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.RequestLoaders;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The review and designation fields of {@code PatentApplication} (deadlines, designation, held
 * flags, foreign-filing gate, review records) and their types. Whether they are shown at all is
 * {@link dev.taiwa.graphql.support.SecrecyGuard}'s to decide; the records are also the need-to-know
 * reads of {@link PatentReviewQueries}.
 */
public final class PatentReviewFields {
  static final String DESIGNATIONS = "patentDesignations";
  static final String GATES = "patentForeignFilingGates";
  static final String RECORDS = "patentReviewRecords";
  static final String DEADLINES = "patentTrackDeadlines";

  /**
   * Registers the request's loaders of these fields: the designation, the gate and the records
   * share one batched read of the page's review records ({@link PatentReviewReads}); the deadlines
   * are read in one batch too.
   */
  public static void register(
      RequestLoaders registry, PatentReviewQueries queries, Executor executor, Actor actor) {
    RequestReads reads = new RequestReads(queries);
    registry
        .register(
            DESIGNATIONS,
            () ->
                Loaders.byKeyOf(
                    PatentApplication::id,
                    (caller, apps) -> reads.get().designations(apps),
                    null,
                    executor,
                    actor))
        .register(
            GATES,
            () ->
                Loaders.byKeyOf(
                    PatentApplication::id,
                    (caller, apps) -> reads.get().foreignFilingGates(apps),
                    null,
                    executor,
                    actor))
        .register(
            RECORDS,
            () ->
                Loaders.byKeyOf(
                    PatentApplication::id,
                    (caller, apps) -> reads.get().records(caller, apps),
                    List.of(),
                    executor,
                    actor))
        .register(
            DEADLINES,
            () ->
                Loaders.byKeyOf(
                    PatentApplication::id,
                    (caller, apps) -> queries.deadlines(apps),
                    List.of(),
                    executor,
                    actor));
  }

  /** The request's {@link PatentReviewReads}, made when a field first needs them. */
  private static final class RequestReads {
    private final PatentReviewQueries queries;
    private PatentReviewReads reads;

    RequestReads(PatentReviewQueries queries) {
      this.queries = queries;
    }

    synchronized PatentReviewReads get() {
      if (reads == null) {
        reads = queries.requestReads();
      }
      return reads;
    }
  }

  /** Adds the fields to the {@code PatentApplication} type wiring. */
  void addTo(TypeRuntimeWiring.Builder type) {
    type.dataFetcher("trackDeadlines", env -> load(env, DEADLINES))
        .dataFetcher("designation", env -> load(env, DESIGNATIONS))
        .dataFetcher("publicationHeld", shown(a -> a.state().publicationHeld()))
        .dataFetcher("decisionHeld", shown(a -> a.state().decisionHeld()))
        .dataFetcher("foreignFilingGate", env -> load(env, GATES))
        .dataFetcher("reviewRecords", env -> load(env, RECORDS));
  }

  private static CompletableFuture<Object> load(DataFetchingEnvironment env, String loader) {
    return Loaders.<PatentApplication, Object>get(env, loader)
        .load(((PatentApplicationView) env.getSource()).application());
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .type(
            newTypeWiring("PatentTrackDeadline")
                .dataFetcher("subject", deadline(d -> d.tracked().subject()))
                .dataFetcher("rule", deadline(d -> d.tracked().ruleName()))
                .dataFetcher("obligor", deadline(d -> d.tracked().obligor().name()))
                .dataFetcher("due", deadline(d -> d.deadline().due()))
                .dataFetcher("status", deadline(d -> d.status().name()))
                .dataFetcher("metOn", deadline(d -> d.tracked().metOn().orElse(null)))
                .dataFetcher("cancelledOn", deadline(d -> d.tracked().cancelledOn().orElse(null)))
                .dataFetcher("explanation", deadline(PatentTrackDeadline::explanation))
                .dataFetcher("explanationJa", deadline(PatentTrackDeadline::explanationJa)))
        .type(
            newTypeWiring("Designation")
                .dataFetcher("designatedOn", term(DesignationTerm::designatedOn))
                .dataFetcher("periodEnd", term(DesignationTerm::periodEnd))
                .dataFetcher("extensions", term(DesignationTerm::extensions))
                .dataFetcher("liftedOn", term(t -> t.liftedOn().orElse(null)))
                .dataFetcher("liftingNoticeDate", term(t -> t.liftingNoticeDate().orElse(null)))
                .dataFetcher("liftingReason", term(t -> t.liftingReason().orElse(null)))
                .dataFetcher("expiredOn", term(t -> t.expiredOn().orElse(null))))
        .type(
            newTypeWiring("ReviewRecord")
                .dataFetcher("id", record(r -> r.id().toString()))
                .dataFetcher("kind", record(ReviewRecord::kind))
                .dataFetcher("parentId", record(r -> r.parent().map(UUID::toString).orElse(null)))
                .dataFetcher("text", record(ReviewRecord::text))
                .dataFetcher("date", record(r -> r.date().orElse(null)))
                .dataFetcher("businesses", record(ReviewRecord::businesses))
                .dataFetcher(
                    "recordedById",
                    env ->
                        UserIdVisibility.showsIds(RequestActor.require(env))
                            ? env.<ReviewRecord>getSource().recordedBy().toString()
                            : null)
                .dataFetcher(
                    "recordedBy",
                    env -> PersonLoader.load(env, env.<ReviewRecord>getSource().recordedBy()))
                .dataFetcher("recordedAt", record(ReviewRecord::recordedAt)))
        .enumeration("ReviewRecordKind", ReviewRecordKind.class);
  }

  private static <T> DataFetcher<T> shown(Function<PatentApplication, T> field) {
    return env -> field.apply(((PatentApplicationView) env.getSource()).application());
  }

  private static <T> DataFetcher<T> deadline(Function<PatentTrackDeadline, T> field) {
    return env -> field.apply(env.getSource());
  }

  private static <T> DataFetcher<T> term(Function<DesignationTerm, T> field) {
    return env -> field.apply(env.getSource());
  }

  private static <T> DataFetcher<T> record(Function<ReviewRecord, T> field) {
    return env -> field.apply(env.getSource());
  }
}
