package dev.taiwa.service.graphql;

import dev.taiwa.graphql.support.OperationRules;
import dev.taiwa.service.security.CallerCheck;
import dev.taiwa.service.web.ClientError;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import io.micrometer.core.instrument.Timer;
import io.micronaut.configuration.graphql.GraphQLController;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /graphql} over HTTP, in place of micronaut-graphql's controller: it reads the request
 * strictly first, so that a malformed one (not JSON, not UTF-8, another charset, a batch, {@code
 * null}, a missing query, variables that are no object) is answered 400 and an unsupported content
 * type 415, each with a {@link ClientError}, instead of an exception. A token whose account may no
 * longer act is answered 401 before anything else ({@link CallerCheck}). GET runs queries only: a
 * mutation over GET is answered 405 with {@code Allow: POST}. Parse and validation errors of the
 * document are GraphQL errors with status 200, as GraphQL over HTTP has it for {@code
 * application/json}. Each executed request is timed per operation ({@link OperationTimer}). A
 * request runs on a thread of the blocking pool from here to its answer, its fetchers and
 * DataLoaders included ({@link OnRequestThread}): it runs the request with {@link GraphQL#execute}
 * itself and answers a plain response, instead of through micronaut-graphql's reactive invocation,
 * whose Reactor operators and context propagation around a request that never leaves its thread
 * cost a good part of a short query's CPU (issue 19).
 */
@Replaces(GraphQLController.class)
@Controller("${graphql.path:/graphql}")
final class GraphQLEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(GraphQLEndpoint.class);
  private static final MediaType GRAPHQL = MediaType.of("application/graphql");

  private final GraphQL graphQL;
  private final ActorExecutionInputs inputs;
  private final JsonMapper json;
  private final OperationTimer timer;
  private final CallerCheck callers;
  private final ResultJson results;

  GraphQLEndpoint(
      GraphQL graphQL,
      ActorExecutionInputs inputs,
      JsonMapper json,
      OperationTimer timer,
      CallerCheck callers,
      ResultJson results) {
    this.graphQL = graphQL;
    this.inputs = inputs;
    this.json = json;
    this.timer = timer;
    this.callers = callers;
    this.results = results;
  }

  @Get(produces = MediaType.APPLICATION_JSON, single = true)
  @ExecuteOn(TaskExecutors.BLOCKING)
  MutableHttpResponse<byte[]> get(HttpRequest<?> request) {
    if (!callers.admits(request)) {
      return unauthenticated();
    }
    GraphQLRequest parsed;
    try {
      var parameters = request.getParameters();
      parsed =
          GraphQLRequest.fromParameters(
              parameters.getAll("query"),
              parameters.getAll("operationName"),
              parameters.getAll("variables"),
              json);
    } catch (GraphQLRequest.Malformed e) {
      return refuse(e.error());
    } catch (RuntimeException e) {
      return refuse(ClientError.forStatus(HttpStatus.BAD_REQUEST));
    }
    return execute(parsed, request);
  }

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON, single = true)
  @ExecuteOn(TaskExecutors.BLOCKING)
  MutableHttpResponse<byte[]> post(HttpRequest<?> request, @Nullable @Body byte[] body) {
    if (!callers.admits(request)) {
      return unauthenticated();
    }
    Optional<MediaType> type = request.getContentType();
    try {
      if (type.isPresent()
          && isUtf8(type.get())
          && type.get().matches(MediaType.APPLICATION_JSON_TYPE)) {
        return execute(GraphQLRequest.fromJson(body, json), request);
      }
      if (type.isPresent() && isUtf8(type.get()) && type.get().matches(GRAPHQL)) {
        return execute(GraphQLRequest.fromDocument(body), request);
      }
    } catch (GraphQLRequest.Malformed e) {
      return refuse(e.error());
    }
    return refuse(
        new ClientError(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            "Send the request as application/json (UTF-8): {\"query\": \"...\", \"variables\":"
                + " {...}}."));
  }

  private MutableHttpResponse<byte[]> execute(GraphQLRequest parsed, HttpRequest<?> request) {
    Timer.Sample sample = timer.start();
    try {
      return answer(graphQL.execute(inputs.of(parsed, request)), request.getMethod());
    } catch (RuntimeException e) {
      return refuse(internal(e, request));
    } finally {
      timer.stop(sample, parsed.operationName(), parsed.query());
    }
  }

  private MutableHttpResponse<byte[]> answer(ExecutionResult result, HttpMethod method) {
    MutableHttpResponse<byte[]> response = HttpResponse.ok();
    if (method != HttpMethod.POST && hasCode(result, OperationRules.METHOD_NOT_ALLOWED)) {
      response.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST");
    }
    return response
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(results.write(result.toSpecification()));
  }

  /** {@code body} as the UTF-8 bytes of its JSON, written once (no text in between). */
  private byte[] json(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasCode(ExecutionResult result, String code) {
    for (GraphQLError error : result.getErrors()) {
      if (error.getExtensions() != null && code.equals(error.getExtensions().get("code"))) {
        return true;
      }
    }
    return false;
  }

  private static ClientError internal(Throwable e, HttpRequest<?> request) {
    String incident = UUID.randomUUID().toString();
    LOG.error(
        "Internal error, incident {} at {} {}",
        incident,
        request.getMethod(),
        request.getPath(),
        e);
    return new ClientError(
        HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "Internal error, incident " + incident);
  }

  private MutableHttpResponse<byte[]> refuse(ClientError error) {
    return HttpResponse.<byte[]>status(error.status())
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(json(error.body()));
  }

  /** 401 for a token whose account may no longer act ({@link CallerCheck}). */
  private MutableHttpResponse<byte[]> unauthenticated() {
    return ClientError.challenging(refuse(ClientError.forStatus(HttpStatus.UNAUTHORIZED)));
  }

  /** JSON is UTF-8 (RFC 8259); a charset parameter may only say so. */
  private static boolean isUtf8(MediaType type) {
    Optional<Charset> charset;
    try {
      charset = type.getCharset();
    } catch (RuntimeException e) {
      return false;
    }
    String declared = type.getParameters().get("charset").orElse(null);
    return declared == null
        || charset.map(c -> c.name().toUpperCase(Locale.ROOT).equals("UTF-8")).orElse(false);
  }
}
