package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.secrecy.WithheldFields;
import dev.taiwa.cases.secrecy.Withheldable;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The secrecy decision and the schema held together, as the access matrix holds operations: every
 * field of a withheldable case has a declared decision in {@link WithheldFields}, every type a
 * withheldable type leads to is withheldable itself or declared reference data, and every field of
 * every withheldable type is behind the guard. Adding a field or a type without a decision fails
 * here.
 */
class SecrecyCoversTheSchemaTest {
  private final ApiHarness api = new ApiHarness();
  private final GraphQLSchema schema = api.graphQL().getGraphQLSchema();

  @AfterEach
  void close() {
    api.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = Withheldable.class,
      names = {"PATENT_APPLICATION", "SCREENING_WORKBENCH", "PRIOR_CONFIRMATION"})
  void everyFieldOfAWithheldableCaseHasADeclaredDecision(Withheldable type) {
    assertEquals(Withheldable.Kind.CASE, type.kind());
    assertEquals(
        new TreeSet<>(WithheldFields.of(type).keySet()),
        fieldsOf(type.typeName()),
        "WithheldFields and the schema differ for " + type.typeName());
  }

  @Test
  void everyCaseKindIsCoveredByTheTestAbove() {
    assertEquals(
        Set.of(
            Withheldable.PATENT_APPLICATION,
            Withheldable.SCREENING_WORKBENCH,
            Withheldable.PRIOR_CONFIRMATION),
        Arrays.stream(Withheldable.values())
            .filter(t -> t.kind() == Withheldable.Kind.CASE)
            .collect(Collectors.toSet()));
  }

  @Test
  void everyTypeAWithheldableLeadsToIsWithheldableOrReferenceData() {
    Set<String> withheldable =
        Arrays.stream(Withheldable.values())
            .map(Withheldable::typeName)
            .collect(Collectors.toSet());
    Set<String> seen = new TreeSet<>();
    Deque<String> open = new ArrayDeque<>(withheldable);
    Set<String> unclassified = new TreeSet<>();
    while (!open.isEmpty()) {
      String name = open.pop();
      if (!seen.add(name) || WithheldFields.REFERENCE_TYPES.contains(name)) {
        continue;
      }
      if (!withheldable.contains(name)) {
        unclassified.add(name);
        continue;
      }
      for (GraphQLFieldDefinition field : object(name).getFieldDefinitions()) {
        if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType next) {
          open.push(next.getName());
        }
      }
    }
    assertEquals(Set.of(), unclassified, "types reached from withheldable types, undeclared");
  }

  @ParameterizedTest
  @EnumSource(Withheldable.class)
  void everyFieldOfAWithheldableTypeIsBehindTheGuard(Withheldable type) {
    GraphQLObjectType object = object(type.typeName());
    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
      Object fetcher =
          schema
              .getCodeRegistry()
              .getDataFetcher(FieldCoordinates.coordinates(object, field), field);
      assertTrue(
          fetcher.getClass().getName().startsWith("dev.taiwa.graphql.support.SecrecyGuard"),
          type.typeName() + "." + field.getName() + " is not guarded");
    }
  }

  private Set<String> fieldsOf(String type) {
    return object(type).getFieldDefinitions().stream()
        .map(GraphQLFieldDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private GraphQLObjectType object(String name) {
    GraphQLObjectType type = schema.getObjectType(name);
    assertNotNull(type, name + " is not an object type of the schema");
    return type;
  }
}
