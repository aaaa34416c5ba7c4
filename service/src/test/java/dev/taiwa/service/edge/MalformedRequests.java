package dev.taiwa.service.edge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Malformed requests of the kinds a careless or hostile client sends, generated from a seed: broken
 * JSON and JSON of the wrong shape, other charsets and invalid UTF-8, deep nesting, huge bodies,
 * batches, several operations, subscriptions, mutations over GET, bad escapes in the URL, wrong
 * methods and content types, bad credentials of every kind.
 */
final class MalformedRequests {
  /** One request to send. */
  record Request(String method, String target, Map<String, String> headers, byte[] body) {
    String endpoint() {
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      if (path.startsWith("/documents/")) {
        return "/documents/**";
      }
      if (path.startsWith("/webjars/")) {
        return "/webjars/**";
      }
      return List.of("/graphql", "/login", "/oauth/access_token", "/health", "/graphiql")
              .contains(path)
          ? path
          : "(other paths)";
    }

    @Override
    public String toString() {
      String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + WireClient.abbreviated(target)
          + " "
          + headers
          + " "
          + WireClient.abbreviated(shown);
    }
  }

  private static final String[] JSON_BODIES = {
    "null",
    "true",
    "false",
    "\"\"",
    "0",
    "-1",
    "1e999",
    "\"text\"",
    "[]",
    "{}",
    "[{}]",
    "[[]]",
    "{",
    "}",
    "{\"",
    "{\"query\"",
    "{\"query\":",
    "{\"query\":\"{ me { username } }\"",
    "{'query': '{ me { username } }'}",
    "{\"query\": \"{ me { username } }\"} trailing",
    "{\"query\": Infinity}",
    "{\"query\": NaN}",
    "{\"query\": -Infinity}",
    "{\"query\": \"{ me { username } }\" /* comment */}",
    "{\"query\": undefined}",
    "{\"query\": 1}",
    "{\"query\": true}",
    "{\"query\": []}",
    "{\"query\": {}}",
    "{\"query\": null}",
    "{\"query\": \"\"}",
    "{\"query\": \"   \"}",
    "{\"query\": \"{ me { username } }\", \"variables\": \"x\"}",
    "{\"query\": \"{ me { username } }\", \"variables\": []}",
    "{\"query\": \"{ me { username } }\", \"variables\": 1}",
    "{\"query\": \"{ me { username } }\", \"operationName\": 1}",
    "{\"query\": \"{ me { username } }\", \"operationName\": {}}",
    "{\"query\": \"{ me { username } }\", \"extensions\": \"x\"}",
    "{\"username\": 1, \"password\": []}",
    "{\"username\": \"a\"}",
    "{\"password\": \"b\"}",
    "{\"username\": null, \"password\": null}",
    "{\"username\": {}, \"password\": \"x\"}",
    "{\"grant_type\": \"refresh_token\"}",
    "{\"grant_type\": 1, \"refresh_token\": []}",
    "{\"grant_type\": \"password\", \"refresh_token\": \"x\"}",
    "{\"grant_type\": \"refresh_token\", \"refresh_token\": \"not.a.token\"}",
    "{\"grant_type\": \"refresh_token\", \"refresh_token\": {\"a\": 1}}",
    "\uFEFF{\"query\": \"{ me { username } }\"}",
    "{\"query\": \"\\ud800\"}",
    "{\"query\": \"{ me { username } }\", \"query\": 5}",
  };

  private static final String[] DOCUMENTS = {
    "{ me { username } }",
    "query A { me { username } } query B { me { displayName } }",
    "query A { me { username } } query A { me { username } }",
    "subscription { technologyRevisions { id } }",
    "subscription S { me { username } }",
    "mutation { markAllNotificationsRead { __typename } }",
    "{ me { username ",
    "{ me { colour } }",
    "{ preReports(first: \"many\") { totalCount } }",
    "{ preReports(first: 99999999999) { totalCount } }",
    "{ preReport(id: 12) { id } }",
    "{ preReport(id: \"not-a-uuid\") { id } }",
    "mutation { createPreReportDraft(input: {plannedDate: \"tomorrow\"}) { errors { code } } }",
    "mutation { createPreReportDraft(input: {plannedDate: 5}) { errors { code } } }",
    "mutation { createPreReportDraft(input: {contact: 1}) { errors { code } } }",
    "mutation { createPreReportDraft(input: {nope: 1}) { errors { code } } }",
    "mutation { createPreReportDraft(input: {transactionType: SOMETHING}) { errors { code } } }",
    "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { errors { code } } }",
    "query($d: Date) { deadlines(dueBefore: $d) { totalCount } }",
    "fragment F on Query { ...G } fragment G on Query { ...F } { ...F }",
    "{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }",
    "{ me @skip { username } }",
    "{ me @unknown { username } }",
    "query($x: Int = \"a\") { me { username } }",
    "{ me { username } } }",
    "\u0000{ me { username } }",
    "{ verifyAuditChain { intact } v2: verifyAuditChain { intact } v3: verifyAuditChain { intact } }",
  };

  private static final Object[] VARIABLES = {
    Map.of(),
    Map.of("in", Map.of("plannedDate", Map.of("a", 1))),
    Map.of("in", Map.of("plannedDate", List.of(1, 2))),
    Map.of("in", Map.of("technologyNumbers", List.of("x", Map.of()))),
    Map.of("in", Map.of("technologyNumbers", 1e300)),
    Map.of("in", Map.of("contact", "not an object")),
    Map.of("in", "not an object"),
    Map.of("in", List.of()),
    Map.of("d", "2026-13-45"),
    Map.of("d", Map.of()),
    Map.of("unused", true),
  };

  private final Random random;
  private final String token;

  MalformedRequests(long seed, String token) {
    this.random = new Random(seed);
    this.token = token;
  }

  /** {@code count} requests, every kind, spread over every endpoint. */
  List<Request> generate(int count) {
    List<Supplier<Request>> kinds =
        List.of(
            this::graphqlJsonBody,
            this::graphqlDocument,
            this::graphqlOverGet,
            this::graphqlWeirdContent,
            this::loginBody,
            this::refreshBody,
            this::deepNesting,
            this::invalidUtf8,
            this::otherCharset,
            this::badCredentials,
            this::wrongMethod,
            this::badTargets,
            this::badTargets,
            this::documentsAndStatic);
    List<Request> requests = new ArrayList<>();
    requests.addAll(bigBodies());
    while (requests.size() < count) {
      requests.add(kinds.get(random.nextInt(kinds.size())).get());
    }
    return requests;
  }

  private Request graphqlJsonBody() {
    return post("/graphql", json(), pick(JSON_BODIES).getBytes(StandardCharsets.UTF_8), true);
  }

  private Request graphqlDocument() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", pick(DOCUMENTS));
    if (random.nextBoolean()) {
      body.put("variables", VARIABLES[random.nextInt(VARIABLES.length)]);
    }
    if (random.nextInt(4) == 0) {
      body.put("operationName", random.nextBoolean() ? "A" : "Missing");
    }
    return post("/graphql", json(), Json.write(body), random.nextInt(5) > 0);
  }

  private Request graphqlOverGet() {
    String query = Escapes.encode(pick(DOCUMENTS));
    String[] targets = {
      "/graphql?query=" + query,
      "/graphql?query=" + query + "&variables=%7Bbad",
      "/graphql?query=" + query + "&variables=" + Escapes.encode("[1,2]"),
      "/graphql?query=" + query + "&query=" + query,
      "/graphql?query=%zz",
      "/graphql?query=%",
      "/graphql?query=%E0%A4",
      "/graphql?query=%00",
      "/graphql",
      "/graphql?variables=%7B%7D",
      "/graphql?query=" + query + "&operationName=A&operationName=B",
    };
    return request("GET", pick(targets), Map.of(), null, random.nextInt(5) > 0);
  }

  private Request graphqlWeirdContent() {
    String[] types = {
      "text/plain",
      "application/xml",
      "multipart/form-data; boundary=x",
      "application/x-www-form-urlencoded",
      "application/graphql",
      "application/graphql; charset=utf-16",
      "application/json; charset=latin1",
      "application/json; charset=\"",
      "application/json; charset=nonsense",
      "application/json;;;",
      "*/*",
      "",
      "application/json, text/plain",
    };
    byte[] body =
        pick(new String[] {"{ me { username } }", "{\"query\":\"{ me { username } }\"}", "x"})
            .getBytes(StandardCharsets.UTF_8);
    String type = pick(types);
    Map<String, String> headers = type.isEmpty() ? Map.of() : Map.of("Content-Type", type);
    return post("/graphql", headers, body, true);
  }

  private Request loginBody() {
    Map<String, String> headers =
        random.nextInt(4) == 0
            ? Map.of("Content-Type", "application/x-www-form-urlencoded")
            : json();
    String[] forms = {
      "username=%zz", "username=a&password=", "%", "=&=", "username=x&password=%FF"
    };
    byte[] body =
        (headers.containsValue("application/json") ? pick(JSON_BODIES) : pick(forms))
            .getBytes(StandardCharsets.UTF_8);
    return request("POST", "/login", headers, body, false);
  }

  private Request refreshBody() {
    Map<String, String> headers =
        random.nextInt(4) == 0
            ? Map.of("Content-Type", "application/x-www-form-urlencoded")
            : json();
    String[] forms = {
      "grant_type=refresh_token&refresh_token=%zz", "grant_type=refresh_token", "refresh_token=x"
    };
    byte[] body =
        (headers.containsValue("application/json") ? pick(JSON_BODIES) : pick(forms))
            .getBytes(StandardCharsets.UTF_8);
    return request("POST", "/oauth/access_token", headers, body, false);
  }

  private Request deepNesting() {
    int depth = 900 + random.nextInt(4000);
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    String nested = open.repeat(depth) + "1" + close.repeat(depth);
    String body =
        random.nextBoolean()
            ? nested
            : "{\"query\":\"{ me { username } }\",\"variables\":{\"v\":" + nested + "}}";
    String path = pick(new String[] {"/graphql", "/graphql", "/login", "/oauth/access_token"});
    return post(path, json(), body.getBytes(StandardCharsets.UTF_8), true);
  }

  private Request invalidUtf8() {
    byte[][] bodies = {
      {'{', '"', 'q', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'},
      {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {'{', '"', 'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0x80, '"', '}'},
    };
    String path = pick(new String[] {"/graphql", "/login", "/oauth/access_token"});
    return post(path, json(), bodies[random.nextInt(bodies.length)], true);
  }

  private Request otherCharset() {
    String text = "{\"query\":\"{ me { username } }\",\"username\":\"a\",\"password\":\"b\"}";
    String[] charsets = {"utf-16", "UTF-16LE", "utf-32", "iso-8859-1", "shift_jis"};
    String charset = pick(charsets);
    byte[] body = text.getBytes(java.nio.charset.Charset.forName(charset.toUpperCase()));
    String path = pick(new String[] {"/graphql", "/login", "/oauth/access_token"});
    return post(path, Map.of("Content-Type", "application/json; charset=" + charset), body, true);
  }

  private Request badCredentials() {
    String[] authorizations = {
      "Basic " + java.util.Base64.getEncoder().encodeToString("fuzz-user:wrong".getBytes()),
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString("fuzz-user:correct horse battery staple".getBytes()),
      "Basic !!!",
      "Bearer",
      "Bearer ",
      "Bearer x.y.z",
      "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJmdXp6LXVzZXIifQ.",
      "Bearer " + "a".repeat(5000),
      "bearer " + token,
      "Bearer " + token + "x",
      "Digest username=x",
      "Negotiate abc",
    };
    Map<String, String> headers = new LinkedHashMap<>(json());
    headers.put("Authorization", pick(authorizations));
    String path = pick(new String[] {"/graphql", "/graphql", "/documents/x.pdf", "/login"});
    if (path.startsWith("/documents")) {
      return request("GET", path, headers, null, false);
    }
    return request("POST", path, headers, "{\"query\":\"{ me { username } }\"}".getBytes(), false);
  }

  private Request wrongMethod() {
    String[] methods = {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO"};
    String[] paths = {
      "/graphql", "/login", "/oauth/access_token", "/health", "/graphiql", "/documents/x.pdf"
    };
    String method = pick(methods);
    return request(method, pick(paths), json(), "{}".getBytes(), random.nextBoolean());
  }

  private Request badTargets() {
    String[] targets = {
      "/nowhere",
      "/graphql/",
      "/graphql/../login",
      "/%zz",
      "/health?%zz",
      "/graphiql?x=%",
      "/documents/",
      "/documents/%00.pdf",
      "/documents/..%2F..%2Fetc%2Fpasswd",
      "/webjars/../../etc/passwd",
      "/webjars/%2e%2e/%2e%2e/etc/passwd",
      "/" + "a".repeat(3000),
      "/graphql?query=" + "a".repeat(6000),
      "/oauth/access_token?grant_type=%zz",
      "/login?username=%zz",
    };
    return request("GET", pick(targets), Map.of(), null, random.nextBoolean());
  }

  private Request documentsAndStatic() {
    String[] targets = {
      "/documents/" + java.util.UUID.randomUUID() + ".pdf",
      "/documents/not-a-uuid.pdf",
      "/documents/" + java.util.UUID.randomUUID(),
      "/documents/.pdf",
      "/webjars/graphiql/2.4.7/nothing.js",
      "/webjars/react/18.3.1/umd/react.production.min.js",
      "/health",
      "/graphiql",
    };
    return request(
        random.nextInt(4) == 0 ? "POST" : "GET", pick(targets), json(), null, random.nextBoolean());
  }

  /**
   * A few large bodies: garbage just under the 10 MB limit, over it, and large valid-looking JSON.
   */
  private List<Request> bigBodies() {
    byte[] underLimit = new byte[10 * 1024 * 1024 - 4096];
    random.nextBytes(underLimit);
    byte[] overLimit = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(overLimit, (byte) 'x');
    String manyFields = "{ " + "me { username } ".repeat(20_000) + "}";
    String longString =
        "{\"query\":\"{ me { username } }\",\"variables\":{\"s\":\""
            + "あ".repeat(1_000_000)
            + "\"}}";
    return List.of(
        post("/graphql", json(), underLimit, true),
        post("/graphql", json(), overLimit, true),
        post("/login", json(), underLimit, false),
        post("/oauth/access_token", json(), overLimit, false),
        post("/graphql", json(), Json.write(Map.of("query", manyFields)), true),
        post("/graphql", json(), longString.getBytes(StandardCharsets.UTF_8), true));
  }

  private Request post(String path, Map<String, String> headers, byte[] body, boolean withToken) {
    return request("POST", path, headers, body, withToken);
  }

  private Request request(
      String method, String target, Map<String, String> headers, byte[] body, boolean withToken) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (random.nextInt(6) == 0) {
      all.put("Accept", "text/html,application/xhtml+xml");
    }
    if (withToken && !all.containsKey("Authorization")) {
      all.put("Authorization", "Bearer " + token);
    }
    return new Request(method, target, all, body);
  }

  private static Map<String, String> json() {
    return Map.of("Content-Type", "application/json");
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Percent-encoding for query strings. */
  static final class Escapes {
    private Escapes() {}

    static String encode(String text) {
      return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }

  /** JSON writing for generated bodies. */
  static final class Json {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
        new com.fasterxml.jackson.databind.ObjectMapper();

    private Json() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String text) {
      try {
        return MAPPER.readValue(text, Map.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("not JSON: " + text, e);
      }
    }

    static byte[] write(Object value) {
      try {
        return MAPPER.writeValueAsBytes(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
