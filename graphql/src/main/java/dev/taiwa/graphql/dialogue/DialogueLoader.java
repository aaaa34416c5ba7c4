package dev.taiwa.graphql.dialogue;

import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.identity.application.People;
import dev.taiwa.cases.identity.application.PersonView;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/**
 * Batches the meetings and the concerns of the reports of one request: N reports, one query each.
 * The use cases apply the visibility rule; the loader only groups.
 */
public final class DialogueLoader {
  public static final String MEETINGS = "meetings";
  public static final String CONCERNS = "concerns";
  public static final String CASE_OFFICERS = "caseOfficers";
  public static final String CASE_OFFICER_PEOPLE = "caseOfficerPeople";

  private DialogueLoader() {}

  /** Reads the items of several reports for one actor. */
  @FunctionalInterface
  private interface Batch<T> {
    Map<CaseId, List<T>> of(Actor actor, Collection<PreReport> reports);
  }

  public static DataLoader<PreReport, List<Meeting>> meetings(
      DialogueQueries queries, Executor executor, Actor actor) {
    return create(queries::meetingsOf, executor, actor);
  }

  public static DataLoader<PreReport, List<Concern>> concerns(
      DialogueQueries queries, Executor executor, Actor actor) {
    return create(queries::concernsOf, executor, actor);
  }

  public static DataLoader<PreReport, String> caseOfficers(
      CaseAssignment assignment, Executor executor, Actor actor) {
    BatchLoaderWithContext<PreReport, String> loader =
        (reports, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, UserId> found = assignment.officersOf(caller, reports);
                  return reports.stream()
                      .map(r -> found.containsKey(r.id()) ? found.get(r.id()).toString() : null)
                      .toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }

  /**
   * The case officers of the reports, by name and office as the caller may see them ({@link
   * People}): one batch for the officers, one for their names, in one load (no chained loads).
   */
  public static DataLoader<PreReport, PersonView> caseOfficerPeople(
      CaseAssignment assignment, People people, Executor executor, Actor actor) {
    BatchLoaderWithContext<PreReport, PersonView> loader =
        (reports, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, UserId> found = assignment.officersOf(caller, reports);
                  Map<UserId, PersonView> named =
                      found.isEmpty()
                          ? Map.of()
                          : people.named(caller, found.values().stream().distinct().toList());
                  return reports.stream()
                      .map(r -> found.containsKey(r.id()) ? named.get(found.get(r.id())) : null)
                      .toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }

  static CompletableFuture<PersonView> loadCaseOfficerPerson(DataFetchingEnvironment env) {
    return Loaders.<PreReport, PersonView>get(env, CASE_OFFICER_PEOPLE).load(env.getSource());
  }

  static CompletableFuture<String> loadCaseOfficer(DataFetchingEnvironment env) {
    return Loaders.<PreReport, String>get(env, CASE_OFFICERS).load(env.getSource());
  }

  static CompletableFuture<List<Meeting>> loadMeetings(DataFetchingEnvironment env) {
    return Loaders.<PreReport, List<Meeting>>get(env, MEETINGS).load(env.getSource());
  }

  static CompletableFuture<List<Concern>> loadConcerns(DataFetchingEnvironment env) {
    return Loaders.<PreReport, List<Concern>>get(env, CONCERNS).load(env.getSource());
  }

  private static <T> DataLoader<PreReport, List<T>> create(
      Batch<T> batch, Executor executor, Actor actor) {
    BatchLoaderWithContext<PreReport, List<T>> loader =
        (reports, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, List<T>> found = batch.of(caller, reports);
                  return reports.stream().map(r -> found.getOrDefault(r.id(), List.of())).toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }
}
