package dev.taiwa.graphql.catalogue;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyStatus;
import dev.taiwa.graphql.support.JapanTime;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;

/** {@code technologies}, {@code technologyRevisions} and their types. */
public final class CatalogueFetchers {
  private final TechnologyCatalogue catalogue;
  private final Clock clock;
  private final Executor executor;

  public CatalogueFetchers(TechnologyCatalogue catalogue, Clock clock, Executor executor) {
    this.catalogue = catalogue;
    this.clock = clock;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("technologies", AsyncDataFetcher.async(this::technologies, executor))
        .query("technologyRevisions", AsyncDataFetcher.async(this::revisions, executor))
        .type(newTypeWiring("TechnologyRevision").dataFetcher("items", CatalogueFetchers::items))
        .enumeration("TechnologyStatus", TechnologyStatus.class);
  }

  private List<TechnologyView> technologies(DataFetchingEnvironment env) {
    RequestActor.require(env);
    LocalDate asOf = env.getArgument("asOf");
    LocalDate date = asOf != null ? asOf : JapanTime.today(clock);
    return catalogue.asOf(date).stream().map(t -> TechnologyView.of(t, date)).toList();
  }

  private List<TechnologyRevision> revisions(DataFetchingEnvironment env) {
    RequestActor.require(env);
    return catalogue.revisions();
  }

  private static List<TechnologyView> items(DataFetchingEnvironment env) {
    TechnologyRevision revision = env.getSource();
    return revision.items().stream()
        .map(t -> TechnologyView.of(t, revision.effectiveDate()))
        .toList();
  }
}
