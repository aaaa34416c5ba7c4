package dev.taiwa.graphql.patent.confirmation;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationView;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.BanDecision;
import dev.taiwa.cases.patent.confirmation.model.Consultation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.graphql.identity.OrganisationLoader;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The {@code PriorConfirmation} type over {@link PriorConfirmationView}: the content only when the
 * view shows it (never in a payload), the consultation only to the offices.
 */
final class PriorConfirmationFields {
  private final PriorConfirmationQueries queries;

  PriorConfirmationFields(PriorConfirmationQueries queries) {
    this.queries = queries;
  }

  /** Wires the type; {@code edges} adds the fields other areas own (its documents). */
  void wire(SchemaWiring wiring, UnaryOperator<TypeRuntimeWiring.Builder> edges) {
    TypeRuntimeWiring.Builder type =
        newTypeWiring("PriorConfirmation")
            .dataFetcher("id", of(r -> r.id().toString()))
            .dataFetcher("state", of(PriorConfirmation::state))
            .dataFetcher("organisationId", of(r -> r.organisation().toString()))
            .dataFetcher(
                "organisation",
                env -> OrganisationLoader.load(env, view(env).request().organisation()))
            .dataFetcher("version", of(PriorConfirmation::version))
            .dataFetcher("title", content(PriorConfirmation::title))
            .dataFetcher("summary", content(PriorConfirmation::summary))
            .dataFetcher("claimedFields", of(PriorConfirmation::claimedFields))
            .dataFetcher(
                "inventionCompletedInJapan", of(PriorConfirmation::inventionCompletedInJapan))
            .dataFetcher("intendedForeignFiling", of(PriorConfirmation::intendedForeignFiling))
            .dataFetcher("requestedAt", of(PriorConfirmation::requestedAt))
            .dataFetcher("consultation", env -> view(env).consultation().orElse(null))
            .dataFetcher("answer", decision(BanDecision::answer))
            .dataFetcher("answerReason", decision(BanDecision::reason))
            .dataFetcher("answeredAt", decision(BanDecision::decidedAt))
            .dataFetcher("availableActions", this::actions);
    wiring
        .type(edges.apply(type))
        .type(
            newTypeWiring("PriorConfirmationConsultation")
                .dataFetcher("sentById", env -> consultation(env).sentBy().toString())
                .dataFetcher(
                    "answeredById",
                    env ->
                        consultation(env).answeredBy() == null
                            ? null
                            : consultation(env).answeredBy().toString()))
        .enumeration("PriorConfirmationState", PriorConfirmationState.class)
        .enumeration("PriorConfirmationAction", PriorConfirmationAction.class)
        .enumeration("BanAnswer", BanAnswer.class);
  }

  private List<PriorConfirmationAction> actions(DataFetchingEnvironment env) {
    return List.copyOf(queries.availableActions(RequestActor.require(env), view(env).request()));
  }

  private static <T> DataFetcher<T> of(Function<PriorConfirmation, T> field) {
    return env -> field.apply(view(env).request());
  }

  private static <T> DataFetcher<T> content(Function<PriorConfirmation, T> field) {
    return env -> view(env).content().map(field).orElse(null);
  }

  private static <T> DataFetcher<T> decision(Function<BanDecision, T> field) {
    return env -> {
      BanDecision decision = view(env).request().decision();
      return decision == null ? null : field.apply(decision);
    };
  }

  private static Consultation consultation(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static PriorConfirmationView view(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
