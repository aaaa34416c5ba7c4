package dev.taiwa.graphql.support;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.fetching.LambdaFetchingSupport;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields that no fetcher was wired for (a record's component, such as a counterparty's
 * {@code countryCode}) through the getter graphql-java itself would choose, found once per field
 * and source class. graphql-java's default makes a {@link PropertyDataFetcher} for every such field
 * of every object it answers and looks its getter up in a shared cache keyed by class loader, class
 * and property each time (about 4 % of the CPU of a page of 20 reports, issue 19). What is read is
 * the same: where graphql-java's first choice, a public getter ({@link LambdaFetchingSupport}), is
 * not there (a map, a field, a getter that takes the environment), the field keeps its {@link
 * PropertyDataFetcher}.
 */
public final class DirectProperties {
  private DirectProperties() {}

  /** The schema with every property field of every object type read directly. */
  public static GraphQLSchema apply(GraphQLSchema schema) {
    GraphQLCodeRegistry registry = schema.getCodeRegistry();
    GraphQLCodeRegistry direct =
        registry.transform(
            builder -> {
              for (GraphQLObjectType type :
                  schema.getAllTypesAsList().stream()
                      .filter(GraphQLObjectType.class::isInstance)
                      .map(GraphQLObjectType.class::cast)
                      .filter(t -> !t.getName().startsWith("__"))
                      .toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                  FieldCoordinates at = FieldCoordinates.coordinates(type, field);
                  DataFetcher<?> fetcher = registry.getDataFetcher(at, field);
                  if (fetcher instanceof PropertyDataFetcher<?> property
                      && fetcher.getClass() == PropertyDataFetcher.class
                      && property.getPropertyName() != null) {
                    builder.dataFetcher(at, new Direct(property));
                  }
                }
              }
            });
    return schema.transform(builder -> builder.codeRegistry(direct));
  }

  /** One field read through its source class's getter. */
  static final class Direct implements LightDataFetcher<Object> {
    private record Getter(Class<?> type, Function<Object, Object> read) {}

    private final PropertyDataFetcher<?> fallback;
    private final ClassValue<Getter> getters;
    private volatile Getter last;

    Direct(PropertyDataFetcher<?> fallback) {
      this.fallback = fallback;
      String property = fallback.getPropertyName();
      this.getters =
          new ClassValue<>() {
            @Override
            protected Getter computeValue(Class<?> type) {
              Optional<Function<Object, Object>> getter =
                  Map.class.isAssignableFrom(type)
                      ? Optional.empty()
                      : LambdaFetchingSupport.createGetter(type, property);
              return new Getter(type, getter.orElse(null));
            }
          };
    }

    @Override
    public Object get(
        GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
        throws Exception {
      Function<Object, Object> read = getter(source);
      return read == null ? fallback.get(field, source, env) : read.apply(source);
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
      Object source = env.getSource();
      Function<Object, Object> read = getter(source);
      return read == null ? fallback.get(env) : read.apply(source);
    }

    private Function<Object, Object> getter(Object source) {
      if (source == null) {
        return null;
      }
      Class<?> type = source.getClass();
      Getter known = last;
      if (known == null || known.type() != type) {
        known = getters.get(type);
        last = known;
      }
      return known.read();
    }
  }
}
