package dev.taiwa.graphql.dialogue;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingState;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.model.Side;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.identity.UserIdVisibility;
import dev.taiwa.graphql.identity.PersonLoader;
import dev.taiwa.graphql.support.JapanTime;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;

/** {@code PreReport.meetings} and {@code PreReport.concerns} (batched), and the dialogue types. */
public final class DialogueFields {
  /**
   * The dialogue's edges of {@code PreReport}, loaded in batches. The case officer's id only for
   * callers {@link UserIdVisibility} shows ids to; everyone who sees the case reads the name.
   */
  public static TypeRuntimeWiring.Builder preReportEdges(TypeRuntimeWiring.Builder preReport) {
    return preReport
        .dataFetcher("meetings", DialogueLoader::loadMeetings)
        .dataFetcher("concerns", DialogueLoader::loadConcerns)
        .dataFetcher(
            "caseOfficer",
            env ->
                UserIdVisibility.showsIds(RequestActor.require(env))
                    ? DialogueLoader.loadCaseOfficer(env)
                    : null)
        .dataFetcher("officer", DialogueLoader::loadCaseOfficerPerson);
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .type(
            newTypeWiring("Meeting")
                .dataFetcher("id", env -> meeting(env).id().toString())
                .dataFetcher(
                    "startsAtTokyo",
                    env ->
                        meeting(env)
                            .startsAt()
                            .atZone(JapanTime.ZONE)
                            .toOffsetDateTime()
                            .toString())
                .dataFetcher(
                    "officials",
                    env ->
                        UserIdVisibility.showsIds(RequestActor.require(env))
                            ? meeting(env).officials().stream().map(Object::toString).toList()
                            : List.of())
                .dataFetcher(
                    "attendingOfficials",
                    env -> PersonLoader.loadMany(env, meeting(env).officials())))
        .type(
            newTypeWiring("Concern")
                .dataFetcher(
                    "id",
                    env -> env.<dev.taiwa.cases.dialogue.model.Concern>getSource().id().toString()))
        .enumeration("Visibility", Visibility.class)
        .enumeration("MeetingState", MeetingState.class)
        .enumeration("Side", Side.class)
        .enumeration("ConcernState", ConcernState.class)
        .enumeration("ConcernCategory", ConcernCategory.class)
        .enumeration("Severity", Severity.class);
  }

  private static Meeting meeting(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
