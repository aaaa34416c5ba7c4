package dev.taiwa.service.graphql;

import dev.taiwa.service.web.ClientError;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One GraphQL request as sent over HTTP (GraphQL over HTTP): a document, the name of the operation
 * to run and the variables. Built only from a well-formed request; anything else is refused with a
 * {@link ClientError} saying what is wrong, before GraphQL sees it.
 */
record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {

  /** Thrown while reading a malformed request; carries the answer. */
  static final class Malformed extends RuntimeException {
    private final ClientError error;

    Malformed(ClientError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }

    ClientError error() {
      return error;
    }
  }

  /** A POST body of content type {@code application/json}: one JSON object. */
  static GraphQLRequest fromJson(byte[] body, JsonMapper json) {
    Object parsed = parse(utf8(body), json);
    if (parsed instanceof List<?>) {
      throw bad("Send one operation per request: batches (a JSON array) are not supported.");
    }
    if (!(parsed instanceof Map<?, ?> fields)) {
      throw bad(
          "The body must be a JSON object such as {\"query\": \"{ me { username } }\","
              + " \"variables\": {}}.");
    }
    return of(fields.get("query"), fields.get("operationName"), fields.get("variables"));
  }

  /** A POST body of content type {@code application/graphql}: the document itself. */
  static GraphQLRequest fromDocument(byte[] body) {
    return of(utf8(body), null, null);
  }

  /** The parameters of a GET: {@code query}, {@code operationName}, {@code variables} (JSON). */
  static GraphQLRequest fromParameters(
      List<String> query, List<String> operationName, List<String> variables, JsonMapper json) {
    if (query.size() > 1 || operationName.size() > 1 || variables.size() > 1) {
      throw bad("Give each of query, operationName and variables at most once.");
    }
    Object parsedVariables = variables.isEmpty() ? null : parse(variables.get(0), json);
    return of(
        query.isEmpty() ? null : query.get(0),
        operationName.isEmpty() ? null : operationName.get(0),
        parsedVariables);
  }

  @SuppressWarnings("unchecked")
  private static GraphQLRequest of(Object query, Object operationName, Object variables) {
    if (!(query instanceof String text) || text.isBlank()) {
      throw bad("\"query\" must be a non-empty string holding a GraphQL document.");
    }
    if (operationName != null && !(operationName instanceof String)) {
      throw bad("\"operationName\" must be a string or null.");
    }
    if (variables != null && !(variables instanceof Map<?, ?>)) {
      throw bad("\"variables\" must be a JSON object or null.");
    }
    return new GraphQLRequest(
        text,
        (String) operationName,
        variables == null ? Map.of() : (Map<String, Object>) variables);
  }

  private static Object parse(String text, JsonMapper json) {
    if (text.isBlank()) {
      throw bad("The body is empty: send a JSON object with \"query\".");
    }
    try {
      return json.readValue(text, Argument.OBJECT_ARGUMENT);
    } catch (IOException | RuntimeException e) {
      throw bad("The body is not valid JSON (RFC 8259; NaN, Infinity and comments are not JSON).");
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body == null ? new byte[0] : body))
          .toString();
    } catch (CharacterCodingException e) {
      throw bad("The body is not valid UTF-8.");
    }
  }

  private static Malformed bad(String message) {
    return new Malformed(new ClientError(HttpStatus.BAD_REQUEST, "BAD_REQUEST", message));
  }
}
