package dev.taiwa.service.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Map;

/**
 * An error answer outside GraphQL execution, in the GraphQL error format every Taiwa endpoint
 * speaks: {@code {"errors": [{"message": "...", "extensions": {"code": "..."}}]}}. Its message is
 * written by Taiwa for the client, never an exception's text.
 */
public record ClientError(HttpStatus status, String code, String message) {
  /** The JSON body. */
  public Map<String, Object> body() {
    return Map.of(
        "errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
  }

  /** The whole response. */
  public MutableHttpResponse<Map<String, Object>> response() {
    return HttpResponse.<Map<String, Object>>status(status)
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(body());
  }

  /**
   * 401 for a token that names no usable account (disabled, deleted, or its sessions ended), with
   * the same bearer challenge micronaut-security gives.
   */
  public static MutableHttpResponse<Map<String, Object>> unauthenticated() {
    return challenging(forStatus(HttpStatus.UNAUTHORIZED).response());
  }

  /** {@code response} with the bearer challenge ({@link BearerChallenge}) a 401 carries. */
  public static <B> MutableHttpResponse<B> challenging(MutableHttpResponse<B> response) {
    return response.header(
        io.micronaut.http.HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.CHALLENGE);
  }

  /** The answer to a request Micronaut or a filter refused with {@code status}. */
  public static ClientError forStatus(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST ->
          new ClientError(
              status,
              "BAD_REQUEST",
              "The request is malformed: check its body and parameters against the API"
                  + " description.");
      case UNAUTHORIZED ->
          new ClientError(
              status,
              "UNAUTHENTICATED",
              "Log in first: send Authorization: Bearer <access token from POST /login>.");
      case FORBIDDEN -> new ClientError(status, "FORBIDDEN", "You may not do this.");
      case NOT_FOUND -> new ClientError(status, "NOT_FOUND", "There is nothing here.");
      case METHOD_NOT_ALLOWED ->
          new ClientError(status, "METHOD_NOT_ALLOWED", "This method is not allowed here.");
      case NOT_ACCEPTABLE ->
          new ClientError(status, "NOT_ACCEPTABLE", "Taiwa answers this in JSON only.");
      case REQUEST_ENTITY_TOO_LARGE ->
          new ClientError(status, "REQUEST_TOO_LARGE", "The request body is too large.");
      case UNSUPPORTED_MEDIA_TYPE ->
          new ClientError(
              status, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json in UTF-8.");
      case REQUEST_URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE ->
          new ClientError(status, "REQUEST_TOO_LARGE", "The request line or headers are too long.");
      default ->
          new ClientError(
              status,
              status.getCode() >= 500 ? "INTERNAL" : "BAD_REQUEST",
              status.getCode() >= 500 ? "Internal error." : "The request cannot be processed.");
    };
  }
}
