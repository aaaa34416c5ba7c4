package dev.taiwa.graphql.catalogue;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/**
 * Loads "the list in force on a date" for one request: the catalogue's revisions are read once per
 * request, however many reports and dates ask.
 */
public final class TechnologyLoader implements BatchLoaderWithContext<LocalDate, List<Technology>> {
  public static final String NAME = "technologiesOnDate";

  private final TechnologyCatalogue catalogue;
  private final Executor executor;
  private TechnologyCatalogue snapshot;

  private TechnologyLoader(TechnologyCatalogue catalogue, Executor executor) {
    this.catalogue = catalogue;
    this.executor = executor;
  }

  /** A loader for one request; its batch context is the request's actor. */
  public static DataLoader<LocalDate, List<Technology>> create(
      TechnologyCatalogue catalogue, Executor executor, Actor actor) {
    return Loaders.forActor(new TechnologyLoader(catalogue, executor), actor);
  }

  /** The items of the revision in force on {@code date}, batched within the request. */
  public static CompletableFuture<List<Technology>> load(
      DataFetchingEnvironment env, LocalDate date) {
    return Loaders.<LocalDate, List<Technology>>get(env, NAME).load(date);
  }

  @Override
  public CompletionStage<List<List<Technology>>> load(
      List<LocalDate> dates, BatchLoaderEnvironment environment) {
    return CompletableFuture.supplyAsync(
        () -> {
          RequestActor.requireActor(environment.getContext());
          TechnologyCatalogue revisions = snapshot();
          return dates.stream().map(revisions::asOf).toList();
        },
        executor);
  }

  private synchronized TechnologyCatalogue snapshot() {
    if (snapshot == null) {
      snapshot = new TechnologyCatalogue(new RevisionSnapshot(catalogue.revisions()));
    }
    return snapshot;
  }
}
