package dev.taiwa.graphql.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fields without a fetcher answer what graphql-java's own property fetching answers, whatever the
 * source (a record, a bean, a map, several classes under one interface); wired fields are
 * untouched.
 */
class DirectPropertiesTest {
  private static final String SDL =
      """
      type Query { items: [Item] wired: Plain }
      interface Item { name: String size: Int }
      type Plain implements Item { name: String size: Int active: Boolean }
      type Other implements Item { name: String size: Int }
      """;

  /** A record: its components are its getters. */
  public record Part(String name, int size, boolean active) {}

  /** A bean with getters, one of them boolean. */
  public static final class Bean {
    public String getName() {
      return "bean";
    }

    public int getSize() {
      return 2;
    }

    public boolean isActive() {
      return true;
    }
  }

  /** A second class answering the same fields, for the interface's other type. */
  public record Tool(String name, int size) {}

  private static final DataFetcher<String> WIRED = env -> "wired";

  private static GraphQLSchema schema(List<Object> items) {
    RuntimeWiring wiring =
        RuntimeWiring.newRuntimeWiring()
            .type("Query", t -> t.dataFetcher("items", env -> items).dataFetcher("wired", env -> 1))
            .type("Plain", t -> t.dataFetcher("name", WIRED))
            .type(
                "Item",
                t ->
                    t.typeResolver(
                        env ->
                            env.getSchema()
                                .getObjectType(
                                    env.getObject() instanceof Tool ? "Other" : "Plain")))
            .build();
    return DirectProperties.apply(
        new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring));
  }

  @Test
  void recordsBeansMapsAndMixedClassesReadAsGraphqlJavaReadsThem() {
    String query =
        "{ items { size ... on Plain { active } ... on Other { name } } wired { size } }";
    List<Object> items =
        List.of(
            new Part("part", 1, false),
            new Bean(),
            Map.of("name", "map", "size", 3, "active", true),
            new Tool("tool", 4),
            new Part("again", 5, true),
            new Tool("hammer", 6));

    ExecutionResult result = GraphQL.newGraphQL(schema(items)).build().execute(query);

    assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
    Map<String, Object> data = result.getData();
    assertEquals(
        List.of(
            Map.of("size", 1, "active", false),
            Map.of("size", 2, "active", true),
            Map.of("size", 3, "active", true),
            Map.of("size", 4, "name", "tool"),
            Map.of("size", 5, "active", true),
            Map.of("size", 6, "name", "hammer")),
        data.get("items"));
    // A source without the property (here an Integer) reads as null, as before.
    assertEquals(Map.of(), withoutNulls(data.get("wired")));
  }

  @Test
  void onlyFieldsWithoutAFetcherAreReplaced() {
    GraphQLSchema schema = schema(List.of());

    DataFetcher<?> wired =
        schema
            .getCodeRegistry()
            .getDataFetcher(
                FieldCoordinates.coordinates("Plain", "name"),
                schema.getObjectType("Plain").getFieldDefinition("name"));
    DataFetcher<?> size =
        schema
            .getCodeRegistry()
            .getDataFetcher(
                FieldCoordinates.coordinates("Plain", "size"),
                schema.getObjectType("Plain").getFieldDefinition("size"));

    assertSame(WIRED, wired);
    assertInstanceOf(DirectProperties.Direct.class, size);
  }

  private static Map<String, Object> withoutNulls(Object value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    Map<String, Object> kept = new java.util.HashMap<>();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            kept.put(k, v);
          }
        });
    return kept;
  }
}
