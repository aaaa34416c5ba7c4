package dev.taiwa.graphql.support;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.InputMapDefinesTooManyFieldsException;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.execution.TypeFromAST;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.validation.DocumentVisitor;
import graphql.validation.LanguageTraversal;
import graphql.validation.TraversalContext;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Gives every error of a request that graphql-java reports without a code one, as business errors
 * have: {@code INVALID_SYNTAX} for a document that does not parse, {@code INVALID_VALUE} or {@code
 * REQUIRED} for an input value that does not fit its type (with {@code field}, the path inside the
 * argument or variable, and {@code argument} or {@code variable}), {@code INVALID_QUERY} for any
 * other invalid document. Errors that have a code already pass unchanged.
 */
public final class RequestErrorCodes extends SimplePerformantInstrumentation {
  static final String INVALID_SYNTAX = "INVALID_SYNTAX";
  static final String INVALID_QUERY = "INVALID_QUERY";

  /** A Java object's toString in a message, as graphql-java prints query values. */
  private static final java.util.regex.Pattern JAVA_TO_STRING =
      java.util.regex.Pattern.compile("\\b[A-Z][A-Za-z]+\\{[a-z]+=");

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    if (result.getErrors().stream().allMatch(RequestErrorCodes::hasCode)) {
      return CompletableFuture.completedFuture(result);
    }
    Request request = new Request(parameters.getExecutionInput(), parameters.getSchema());
    List<GraphQLError> errors =
        result.getErrors().stream().map(e -> hasCode(e) ? e : request.coded(e)).toList();
    return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
  }

  static boolean hasCode(GraphQLError error) {
    return error.getExtensions() != null && error.getExtensions().get("code") != null;
  }

  /** The request an error was found in: its document is parsed again only when needed. */
  private static final class Request {
    private final ExecutionInput input;
    private final GraphQLSchema schema;
    private final InputProblems problems;
    private Document document;

    Request(ExecutionInput input, GraphQLSchema schema) {
      this.input = input;
      this.schema = schema;
      Locale locale = input.getLocale() == null ? Locale.getDefault() : input.getLocale();
      this.problems = new InputProblems(input.getGraphQLContext(), locale);
    }

    GraphQLError coded(GraphQLError error) {
      ErrorClassification type = error.getErrorType();
      if (type == ErrorType.InvalidSyntax) {
        return with(error, error.getMessage(), Map.of("code", INVALID_SYNTAX));
      }
      if (error instanceof CoercingParseValueException
          || error instanceof NonNullableValueCoercedAsNullException
          || error instanceof InputMapDefinesTooManyFieldsException) {
        return ofVariables(error);
      }
      if (error instanceof ValidationError validation
          && validation.getValidationErrorType() == ValidationErrorType.WrongType) {
        return ofLiteral(validation);
      }
      if (error instanceof ValidationError validation
          && validation.getValidationErrorType() == ValidationErrorType.BadValueForDefaultArg) {
        return ofDefaultValue(validation);
      }
      if (error instanceof ValidationError validation
          && validation.getValidationErrorType() == ValidationErrorType.MissingFieldArgument) {
        return with(error, readable(validation), Map.of("code", InputProblem.REQUIRED));
      }
      return with(error, readable(error), Map.of("code", INVALID_QUERY));
    }

    /**
     * graphql-java writes some query values into its messages as Java objects ({@code
     * StringValue{value='a'}}); such a message is replaced by one naming only the kind of problem.
     */
    private static String readable(GraphQLError error) {
      String message = error.getMessage();
      if (message != null && !JAVA_TO_STRING.matcher(message).find()) {
        return message;
      }
      String kind =
          error instanceof ValidationError validation
              ? String.valueOf(validation.getValidationErrorType())
              : "invalid request";
      return "The document is not valid (" + kind + ") at " + error.getLocations();
    }

    private GraphQLError ofDefaultValue(ValidationError error) {
      Optional<OperationDefinition> operation = operation();
      SourceLocation location = error.getLocations().isEmpty() ? null : error.getLocations().get(0);
      if (operation.isPresent() && location != null) {
        for (VariableDefinition definition : operation.get().getVariableDefinitions()) {
          GraphQLInputType type = inputType(definition);
          if (type == null
              || definition.getDefaultValue() == null
              || !sameLocation(location, definition.getSourceLocation())) {
            continue;
          }
          Optional<InputProblem> problem =
              problems.ofLiteral(type, definition.getDefaultValue(), "");
          if (problem.isPresent()) {
            InputProblem found = problem.get();
            return with(
                error,
                "The default value of variable '"
                    + found.at(definition.getName())
                    + "' "
                    + describe(found),
                extensions(found, "variable", definition.getName()));
          }
        }
      }
      return with(error, readable(error), Map.of("code", InputProblem.INVALID_VALUE));
    }

    private GraphQLError ofVariables(GraphQLError error) {
      Optional<OperationDefinition> operation = operation();
      if (operation.isPresent()) {
        Map<String, Object> values = input.getRawVariables().toMap();
        for (VariableDefinition definition : operation.get().getVariableDefinitions()) {
          GraphQLInputType type = inputType(definition);
          if (type == null
              || !values.containsKey(definition.getName())
                  && definition.getDefaultValue() != null) {
            continue;
          }
          Optional<InputProblem> problem =
              problems.ofValue(type, values.get(definition.getName()), "");
          if (problem.isPresent()) {
            InputProblem found = problem.get();
            return with(
                error,
                "Variable '"
                    + found.at(definition.getName())
                    + "' "
                    + (found.code().equals(InputProblem.REQUIRED) ? "" : "has an invalid value: ")
                    + found.reason(),
                extensions(found, "variable", definition.getName()));
          }
        }
      }
      String code =
          error instanceof NonNullableValueCoercedAsNullException
              ? InputProblem.REQUIRED
              : InputProblem.INVALID_VALUE;
      return with(error, readable(error), Map.of("code", code));
    }

    private GraphQLError ofLiteral(ValidationError error) {
      Optional<Map.Entry<Argument, GraphQLArgument>> argument =
          argumentAt(error.getLocations().isEmpty() ? null : error.getLocations().get(0));
      if (argument.isPresent()) {
        Argument written = argument.get().getKey();
        Optional<InputProblem> problem =
            problems.ofLiteral(argument.get().getValue().getType(), written.getValue(), "");
        if (problem.isPresent()) {
          InputProblem found = problem.get();
          return with(
              error,
              "Argument '" + found.at(written.getName()) + "' " + describe(found),
              extensions(found, "argument", written.getName()));
        }
      }
      return with(error, readable(error), Map.of("code", InputProblem.INVALID_VALUE));
    }

    private static String describe(InputProblem found) {
      return found.code().equals(InputProblem.REQUIRED)
          ? "is required"
          : "has an invalid value: " + found.reason();
    }

    private static Map<String, Object> extensions(InputProblem found, String kind, String name) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("code", found.code());
      extensions.put("field", found.field().isEmpty() ? name : found.field());
      extensions.put(kind, name);
      return extensions;
    }

    private GraphQLInputType inputType(VariableDefinition definition) {
      GraphQLType type = TypeFromAST.getTypeFromAST(schema, definition.getType());
      return type instanceof GraphQLInputType inputType ? inputType : null;
    }

    /** The argument written at {@code location}, with its definition in the schema. */
    private Optional<Map.Entry<Argument, GraphQLArgument>> argumentAt(SourceLocation location) {
      Document parsed = document();
      if (parsed == null || location == null) {
        return Optional.empty();
      }
      TraversalContext types = new TraversalContext(schema);
      List<Map.Entry<Argument, GraphQLArgument>> found = new java.util.ArrayList<>(1);
      new LanguageTraversal()
          .traverse(
              parsed,
              new DocumentVisitor() {
                @Override
                public void enter(Node node, List<Node> path) {
                  types.enter(node, path);
                  if (found.isEmpty()
                      && node instanceof Argument argument
                      && sameLocation(location, argument.getSourceLocation())
                      && types.getArgument() != null) {
                    found.add(Map.entry(argument, types.getArgument()));
                  }
                }

                @Override
                public void leave(Node node, List<Node> path) {
                  types.leave(node, path);
                }
              });
      return found.stream().findFirst();
    }

    private Optional<OperationDefinition> operation() {
      Document parsed = document();
      if (parsed == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            NodeUtil.getOperation(parsed, input.getOperationName()).operationDefinition);
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    private Document document() {
      if (document == null) {
        try {
          document = Parser.parse(input.getQuery());
        } catch (RuntimeException e) {
          return null;
        }
      }
      return document;
    }

    private static boolean sameLocation(SourceLocation expected, SourceLocation actual) {
      return actual != null
          && expected.getLine() == actual.getLine()
          && expected.getColumn() == actual.getColumn();
    }

    private static GraphQLError with(
        GraphQLError error, String message, Map<String, Object> extensions) {
      Map<String, Object> all = new LinkedHashMap<>();
      if (error.getExtensions() != null) {
        all.putAll(error.getExtensions());
      }
      all.putAll(extensions);
      return GraphqlErrorBuilder.newError()
          .message("%s", message)
          .locations(error.getLocations())
          .path(error.getPath())
          .errorType(error.getErrorType())
          .extensions(all)
          .build();
    }
  }
}
