package dev.taiwa.graphql.support;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.EnumValuesProvider;
import graphql.schema.idl.NaturalEnumValuesProvider;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;

/**
 * Collects the wiring of every subdomain in strict mode: wiring a root field, a type or a scalar
 * twice fails at start-up instead of silently replacing the first.
 */
public final class SchemaWiring {
  private final TypeRuntimeWiring.Builder query =
      TypeRuntimeWiring.newTypeWiring("Query").strictMode();
  private final TypeRuntimeWiring.Builder mutation =
      TypeRuntimeWiring.newTypeWiring("Mutation").strictMode();
  private final RuntimeWiring.Builder runtime = RuntimeWiring.newRuntimeWiring().strictMode();

  public SchemaWiring query(String field, DataFetcher<?> fetcher) {
    query.dataFetcher(field, fetcher);
    return this;
  }

  public SchemaWiring mutation(String field, DataFetcher<?> fetcher) {
    mutation.dataFetcher(field, fetcher);
    return this;
  }

  /** Wires fields of an object type, strictly: each type once, each field once. */
  public SchemaWiring type(TypeRuntimeWiring.Builder type) {
    runtime.type(type.strictMode());
    return this;
  }

  /** Maps an SDL enum onto the Java enum of the same values. */
  public <E extends Enum<E>> SchemaWiring enumeration(String name, Class<E> values) {
    EnumValuesProvider provider = new NaturalEnumValuesProvider<>(values);
    runtime.type(TypeRuntimeWiring.newTypeWiring(name).enumValues(provider));
    return this;
  }

  public SchemaWiring scalar(GraphQLScalarType scalar) {
    runtime.scalar(scalar);
    return this;
  }

  public RuntimeWiring build() {
    return runtime.type(query).type(mutation).build();
  }
}
