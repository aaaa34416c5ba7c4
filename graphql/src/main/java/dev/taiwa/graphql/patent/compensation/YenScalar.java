package dev.taiwa.graphql.patent.compensation;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The {@code Yen} scalar: a whole number of yen as a 64-bit {@link Long} (GraphQL's {@code Int}
 * stops at 2,147,483,647, below plausible claims), written as a JSON integer up to 2^53 - 1.
 */
final class YenScalar {
  static final long MAX = 9_007_199_254_740_991L;

  static final GraphQLScalarType YEN =
      GraphQLScalarType.newScalar()
          .name("Yen")
          .description("A whole amount of Japanese yen (円), at most 2^53 - 1.")
          .coercing(new YenCoercing())
          .build();

  private YenScalar() {}

  private static final class YenCoercing implements Coercing<Long, Long> {
    @Override
    public Long serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof Long amount) {
        return amount;
      }
      throw new CoercingSerializeException("Yen cannot serialise this value");
    }

    @Override
    public Long parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof Number number) {
        try {
          return checked(new BigDecimal(number.toString()).toBigIntegerExact());
        } catch (ArithmeticException e) {
          throw new CoercingParseValueException("Yen expects a whole number");
        }
      }
      throw new CoercingParseValueException("Yen expects a whole number");
    }

    @Override
    public Long parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof IntValue number) {
        return checked(number.getValue());
      }
      throw new CoercingParseLiteralException("Yen expects a whole number");
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return new IntValue(BigInteger.valueOf(serialize(input, context, locale)));
    }

    private static Long checked(BigInteger value) {
      if (value.abs().compareTo(BigInteger.valueOf(MAX)) > 0) {
        throw new CoercingParseValueException("Yen is at most 2^53 - 1");
      }
      return value.longValue();
    }
  }
}
