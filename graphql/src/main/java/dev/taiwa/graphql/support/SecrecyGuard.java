package dev.taiwa.graphql.support;

import dev.taiwa.cases.secrecy.Disclosed;
import dev.taiwa.cases.secrecy.Disclosure;
import dev.taiwa.cases.secrecy.Secrecy;
import dev.taiwa.cases.secrecy.WithheldFields;
import dev.taiwa.cases.secrecy.Withheldable;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Puts {@link Secrecy} in front of every field of every {@link Withheldable} type, once the schema
 * is wired, so that no fetcher decides for itself and a field added later is withheld until {@link
 * WithheldFields} says otherwise.
 *
 * <ul>
 *   <li>A case type (PatentApplication, ScreeningWorkbench, PriorConfirmation) takes its {@link
 *       Disclosure} from its source, which must be {@link Disclosed} (anything else counts as
 *       withheld). Under {@link Disclosure#SKELETON} a field outside the skeleton is never fetched
 *       and reads as empty: null, or an empty list for a non-null list.
 *   <li>What a shown field of a case leads to carries the case's disclosure down (as local
 *       context); a record type (deadline, review record, link, document, ...) takes it from there,
 *       so a record under a withheld case shows nothing. Records reached from elsewhere (a deadline
 *       list, a document check) are listed only when their case is disclosed in full: the use cases
 *       ask {@link Secrecy} before listing them.
 * </ul>
 *
 * A withheld non-null scalar has no empty value: it reads as null and fails its parent, so a record
 * of a withheld case is never shown half.
 */
public final class SecrecyGuard {
  private SecrecyGuard() {}

  /** The schema with every field of every withheldable type guarded. */
  public static GraphQLSchema apply(GraphQLSchema schema) {
    GraphQLCodeRegistry registry = schema.getCodeRegistry();
    GraphQLCodeRegistry guarded =
        registry.transform(
            builder -> {
              for (Withheldable withheldable : Withheldable.values()) {
                GraphQLObjectType type = schema.getObjectType(withheldable.typeName());
                if (type == null) {
                  throw new IllegalStateException(
                      "withheldable type " + withheldable.typeName() + " is not in the schema");
                }
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                  FieldCoordinates at = FieldCoordinates.coordinates(type, field);
                  builder.dataFetcher(
                      at, new Guarded(withheldable, field, registry.getDataFetcher(at, field)));
                }
              }
            });
    return schema.transform(builder -> builder.codeRegistry(guarded));
  }

  /** One guarded field. */
  private static final class Guarded implements DataFetcher<Object> {
    private final Withheldable type;
    private final String field;
    private final DataFetcher<?> inner;
    private final Object empty;
    private final boolean leadsToObjects;

    Guarded(Withheldable type, GraphQLFieldDefinition field, DataFetcher<?> inner) {
      this.type = type;
      this.field = field.getName();
      this.inner = inner;
      GraphQLType output = field.getType();
      this.empty =
          output instanceof GraphQLNonNull nonNull
                  && nonNull.getWrappedType() instanceof GraphQLList
              ? List.of()
              : null;
      this.leadsToObjects = GraphQLTypeUtil.unwrapAll(output) instanceof GraphQLObjectType;
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
      Disclosure disclosure = disclosureOf(env);
      if (!WithheldFields.shows(disclosure, type, field)) {
        return empty;
      }
      Object value = inner.get(env);
      return leadsToObjects ? carried(value, disclosure) : value;
    }

    private Disclosure disclosureOf(DataFetchingEnvironment env) {
      if (type.kind() == Withheldable.Kind.CASE) {
        return env.getSource() instanceof Disclosed disclosed
            ? disclosed.disclosure()
            : Disclosure.SKELETON;
      }
      return env.getLocalContext() instanceof Disclosure inherited ? inherited : Disclosure.FULL;
    }

    /** The value with the disclosure as local context for what it leads to. */
    private static Object carried(Object value, Disclosure disclosure) {
      if (value instanceof CompletionStage<?> pending) {
        return pending.thenApply(v -> carried(v, disclosure));
      }
      if (value instanceof DataFetcherResult<?> result) {
        return result.getLocalContext() != null
            ? result
            : DataFetcherResult.newResult()
                .data(result.getData())
                .errors(result.getErrors())
                .localContext(disclosure)
                .build();
      }
      return DataFetcherResult.newResult().data(value).localContext(disclosure).build();
    }
  }
}
