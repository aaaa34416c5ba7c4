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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** The {@code Date} scalar: a {@link LocalDate} written {@code yyyy-MM-dd}. */
public final class DateScalar {
  public static final GraphQLScalarType DATE =
      GraphQLScalarType.newScalar()
          .name("Date")
          .description("A calendar date in ISO 8601 form yyyy-MM-dd.")
          .coercing(new DateCoercing())
          .build();

  private DateScalar() {}

  private static final class DateCoercing implements Coercing<LocalDate, String> {
    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof LocalDate date) {
        return date.toString();
      }
      throw new CoercingSerializeException("Date cannot serialise a " + typeOf(value));
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String text) {
        return parse(text, CoercingParseValueException::new);
      }
      throw new CoercingParseValueException(
          "Date expects a string yyyy-MM-dd, got " + InputProblems.kindOf(input));
    }

    @Override
    public LocalDate parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue text) {
        return parse(text.getValue(), CoercingParseLiteralException::new);
      }
      throw new CoercingParseLiteralException(
          "Date expects a string yyyy-MM-dd, got " + InputProblems.kindOf(input));
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return StringValue.of(serialize(input, context, locale));
    }

    private static <E extends RuntimeException> LocalDate parse(
        String text, Function<String, E> error) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error.apply("Date expects an ISO date yyyy-MM-dd, got '" + text + "'");
      }
    }

    private static String typeOf(Object value) {
      return value == null ? "null" : value.getClass().getSimpleName();
    }
  }
}
