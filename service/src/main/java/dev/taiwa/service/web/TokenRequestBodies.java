package dev.taiwa.service.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.form.FormUrlEncodedDecoder;
import io.micronaut.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code POST /login} and {@code POST /oauth/access_token} before
 * micronaut-security binds it, and answers a malformed one 400 with a {@link ClientError} saying
 * what to send: the binding would otherwise fail with JSON parser or Java reflection messages, or
 * with a 500 (a body {@code true}, a form with a bad percent escape). Other content types go on to
 * the endpoints, which answer 415.
 */
@ServerFilter({"/login", "/oauth/access_token"})
final class TokenRequestBodies {
  private static final String LOGIN =
      "Send {\"username\": \"...\", \"password\": \"...\"} as application/json (UTF-8), or the same"
          + " two fields as a form.";
  private static final String REFRESH =
      "Send {\"grant_type\": \"refresh_token\", \"refresh_token\": \"...\"} as application/json"
          + " (UTF-8), or the same two fields as a form.";

  private final JsonMapper json;
  private final FormUrlEncodedDecoder forms;

  TokenRequestBodies(JsonMapper json, FormUrlEncodedDecoder forms) {
    this.json = json;
    this.forms = forms;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
    boolean jsonBody =
        request.getContentType().map(MediaType.APPLICATION_JSON_TYPE::matches).orElse(false);
    boolean formBody =
        request
            .getContentType()
            .map(MediaType.APPLICATION_FORM_URLENCODED_TYPE::matches)
            .orElse(false);
    if (request.getMethod() != HttpMethod.POST || !(jsonBody || formBody)) {
      return null;
    }
    boolean login = request.getPath().startsWith("/login");
    List<String> fields =
        login ? List.of("username", "password") : List.of("grant_type", "refresh_token");
    String hint = login ? LOGIN : REFRESH;
    byte[] bytes = body == null ? new byte[0] : body;
    try {
      Map<?, ?> values = jsonBody ? jsonObject(bytes) : form(bytes);
      return wellFormed(values, fields, login) ? null : refusal(hint);
    } catch (RuntimeException e) {
      return refusal(hint);
    }
  }

  private Map<?, ?> jsonObject(byte[] bytes) {
    try {
      Object parsed = json.readValue(utf8(bytes), Argument.OBJECT_ARGUMENT);
      return parsed instanceof Map<?, ?> map ? map : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private Map<?, ?> form(byte[] bytes) {
    return forms.decode(utf8(bytes), StandardCharsets.UTF_8);
  }

  /**
   * An object whose named fields, where present, are strings; at login both must be given (refresh
   * requests without them get OAuth's own {@code invalid_request}).
   */
  private static boolean wellFormed(Map<?, ?> values, List<String> fields, boolean required) {
    if (values == null) {
      return false;
    }
    for (String field : fields) {
      Object value = values.get(field);
      if (value == null
          ? required
          : !(value instanceof String text) || required && text.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8");
    }
  }

  private static HttpResponse<?> refusal(String hint) {
    return new ClientError(HttpStatus.BAD_REQUEST, "BAD_REQUEST", hint).response();
  }
}
