package dev.taiwa.graphql.support;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code DateTime} scalar: an {@link Instant}, written in ISO 8601 UTC ({@code
 * 2026-04-07T01:30:00Z}); input may carry an offset ({@code +09:00}).
 */
public final class DateTimeScalar {
  public static final GraphQLScalarType DATE_TIME =
      GraphQLScalarType.newScalar()
          .name("DateTime")
          .description("An instant in ISO 8601 form, written in UTC.")
          .coercing(new DateTimeCoercing())
          .build();

  private DateTimeScalar() {}

  private static final class DateTimeCoercing implements Coercing<Instant, String> {
    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof Instant instant) {
        return instant.toString();
      }
      throw new CoercingSerializeException(
          "DateTime cannot serialise a " + (value == null ? "null" : value.getClass().getName()));
    }

    @Override
    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String text) {
        return parse(text, CoercingParseValueException::new);
      }
      throw new CoercingParseValueException("DateTime expects an ISO 8601 instant string");
    }

    @Override
    public Instant parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue text) {
        return parse(text.getValue(), CoercingParseLiteralException::new);
      }
      throw new CoercingParseLiteralException("DateTime expects an ISO 8601 instant string");
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return StringValue.of(serialize(input, context, locale));
    }

    private static <E extends RuntimeException> Instant parse(
        String text, Function<String, E> error) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw error.apply(
            "DateTime expects an ISO 8601 instant such as 2026-04-07T01:30:00Z, got '"
                + text
                + "'");
      }
    }
  }
}
