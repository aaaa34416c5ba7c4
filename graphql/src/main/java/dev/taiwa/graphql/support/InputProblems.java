package dev.taiwa.graphql.support;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the first bad part of an input value against its GraphQL input type, with its path, the way
 * graphql-java coerces it: variables as JSON values, arguments as literals written in the query.
 * graphql-java reports such problems without saying where inside the input they are.
 */
final class InputProblems {
  private final GraphQLContext context;
  private final Locale locale;

  InputProblems(GraphQLContext context, Locale locale) {
    this.context = context;
    this.locale = locale;
  }

  /** The first problem of a variable's JSON value, or empty when it coerces. */
  Optional<InputProblem> ofValue(GraphQLInputType type, Object value, String path) {
    if (type instanceof GraphQLNonNull nonNull) {
      return value == null
          ? Optional.of(InputProblem.required(path))
          : ofValue((GraphQLInputType) nonNull.getWrappedType(), value, path);
    }
    if (value == null) {
      return Optional.empty();
    }
    if (type instanceof GraphQLList list) {
      GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
      if (!(value instanceof List<?> values)) {
        return ofValue(items, value, path);
      }
      for (int i = 0; i < values.size(); i++) {
        Optional<InputProblem> problem = ofValue(items, values.get(i), path + "[" + i + "]");
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    if (type instanceof GraphQLInputObjectType object) {
      if (!(value instanceof Map<?, ?> fields)) {
        return Optional.of(InputProblem.invalid(path, object.getName() + " expects an object"));
      }
      return ofFields(object, fields, path);
    }
    try {
      if (type instanceof GraphQLScalarType scalar) {
        scalar.getCoercing().parseValue(value, context, locale);
      } else if (type instanceof GraphQLEnumType enumeration) {
        enumeration.parseValue(value, context, locale);
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(InputProblem.invalid(path, reason(e, type, kindOf(value))));
    }
  }

  private Optional<InputProblem> ofFields(
      GraphQLInputObjectType object, Map<?, ?> fields, String path) {
    for (Object name : fields.keySet()) {
      if (object.getField(String.valueOf(name)) == null) {
        return Optional.of(
            InputProblem.invalid(
                join(path, String.valueOf(name)), "is not a field of " + object.getName()));
      }
    }
    for (GraphQLInputObjectField field : object.getFields()) {
      String fieldPath = join(path, field.getName());
      if (!fields.containsKey(field.getName())) {
        if ((field.getType() instanceof GraphQLNonNull) && !field.hasSetDefaultValue()) {
          return Optional.of(InputProblem.required(fieldPath));
        }
        continue;
      }
      Optional<InputProblem> problem =
          ofValue(field.getType(), fields.get(field.getName()), fieldPath);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /**
   * The first problem of a literal written in the query, or empty (variables are not looked at).
   */
  Optional<InputProblem> ofLiteral(GraphQLInputType type, Value<?> value, String path) {
    if (value instanceof VariableReference) {
      return Optional.empty();
    }
    if (type instanceof GraphQLNonNull nonNull) {
      return value == null || value instanceof NullValue
          ? Optional.of(InputProblem.required(path))
          : ofLiteral((GraphQLInputType) nonNull.getWrappedType(), value, path);
    }
    if (value == null || value instanceof NullValue) {
      return Optional.empty();
    }
    if (type instanceof GraphQLList list) {
      GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
      if (!(value instanceof ArrayValue array)) {
        return ofLiteral(items, value, path);
      }
      for (int i = 0; i < array.getValues().size(); i++) {
        Optional<InputProblem> problem =
            ofLiteral(items, array.getValues().get(i), path + "[" + i + "]");
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    if (type instanceof GraphQLInputObjectType object) {
      if (!(value instanceof ObjectValue fields)) {
        return Optional.of(InputProblem.invalid(path, object.getName() + " expects an object"));
      }
      return ofObjectLiteral(object, fields, path);
    }
    try {
      if (type instanceof GraphQLScalarType scalar) {
        scalar
            .getCoercing()
            .parseLiteral(value, CoercedVariables.emptyVariables(), context, locale);
      } else if (type instanceof GraphQLEnumType enumeration) {
        enumeration.parseLiteral(value, context, locale);
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(InputProblem.invalid(path, reason(e, type, kindOf(value))));
    }
  }

  private Optional<InputProblem> ofObjectLiteral(
      GraphQLInputObjectType object, ObjectValue value, String path) {
    for (ObjectField given : value.getObjectFields()) {
      if (object.getField(given.getName()) == null) {
        return Optional.of(
            InputProblem.invalid(
                join(path, given.getName()), "is not a field of " + object.getName()));
      }
    }
    for (GraphQLInputObjectField field : object.getFields()) {
      String fieldPath = join(path, field.getName());
      Optional<ObjectField> given =
          value.getObjectFields().stream()
              .filter(f -> f.getName().equals(field.getName()))
              .findFirst();
      if (given.isEmpty()) {
        if ((field.getType() instanceof GraphQLNonNull) && !field.hasSetDefaultValue()) {
          return Optional.of(InputProblem.required(fieldPath));
        }
        continue;
      }
      Optional<InputProblem> problem =
          ofLiteral(field.getType(), given.get().getValue(), fieldPath);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /**
   * Why a scalar or enum value was refused. graphql-java's own scalars name the Java class of the
   * value they got ("but it was a 'LinkedHashMap'"), so their reasons are worded here instead.
   */
  private static String reason(RuntimeException e, GraphQLInputType type, String got) {
    String name = ((GraphQLNamedType) type).getName();
    String expected =
        switch (type instanceof GraphQLEnumType ? "enum" : name) {
          case "Int" -> "a whole number from -2147483648 to 2147483647";
          case "Float" -> "a number";
          case "String" -> "a string";
          case "Boolean" -> "true or false";
          case "ID" -> "a string or a whole number";
          case "enum" ->
              "one of "
                  + ((GraphQLEnumType) type)
                      .getValues().stream()
                          .map(v -> v.getName())
                          .collect(java.util.stream.Collectors.joining(", "));
          default -> null;
        };
    if (expected != null) {
      return name + " expects " + expected + ", got " + got;
    }
    String message = e instanceof GraphQLError error ? error.getMessage() : null;
    return message == null || message.isBlank() ? "is not a valid " + name : message;
  }

  /** How a JSON value is described to a client: never by its Java class. */
  static String kindOf(Object value) {
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "true/false";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof ObjectValue) {
      return "an object";
    }
    if (value instanceof ArrayValue) {
      return "a list";
    }
    if (value instanceof graphql.language.StringValue) {
      return "a string";
    }
    if (value instanceof graphql.language.IntValue
        || value instanceof graphql.language.FloatValue) {
      return "a number";
    }
    if (value instanceof graphql.language.BooleanValue) {
      return "true/false";
    }
    if (value instanceof graphql.language.EnumValue enumValue) {
      return "the name " + enumValue.getName();
    }
    return "null";
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
