package dev.taiwa.graphql.patent;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.identity.UserIdVisibility;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.cases.patent.application.PatentTrackDeadline;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.graphql.identity.PersonLoader;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The review and designation fields of {@code PatentApplication} (deadlines, designation, held
 * flags, foreign-filing gate, review records) and their types. Whether they are shown at all is
 * {@link dev.taiwa.graphql.support.SecrecyGuard}'s to decide; the records are also the need-to-know
 * reads of {@link PatentReviewQueries}.
 */
public final class PatentReviewFields {
  private final PatentReviewQueries queries;
  private final Executor executor;

  public PatentReviewFields(PatentReviewQueries queries, Executor executor) {
    this.queries = queries;
    this.executor = executor;
  }

  /** Adds the fields to the {@code PatentApplication} type wiring. */
  void addTo(TypeRuntimeWiring.Builder type) {
    type.dataFetcher("trackDeadlines", async(shown(queries::deadlines)))
        .dataFetcher("designation", async(shown(a -> queries.designation(a).orElse(null))))
        .dataFetcher("publicationHeld", shown(a -> a.state().publicationHeld()))
        .dataFetcher("decisionHeld", shown(a -> a.state().decisionHeld()))
        .dataFetcher("foreignFilingGate", async(shown(queries::foreignFilingGate)))
        .dataFetcher(
            "reviewRecords",
            async(
                env ->
                    queries.records(
                        RequestActor.require(env),
                        ((PatentApplicationView) env.getSource()).application())));
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

  private <T> DataFetcher<?> async(DataFetcher<T> fetcher) {
    return AsyncDataFetcher.async(fetcher, executor);
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
