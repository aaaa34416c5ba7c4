package dev.taiwa.service;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data archive ({@code -Dtaiwa.training-run=true} under
 * {@code -XX:ArchiveClassesAtExit}, run by service/pom.xml after the runnable jar is made): the
 * service starts as a first start does, but on a throw-away SQLite file in a temporary folder (the
 * schema migrated, the demo users created) and on a free port of 127.0.0.1; it then answers {@code
 * /health}, a login and one GraphQL query over HTTP, so that the classes of serving are loaded too,
 * stops, deletes the folder and returns, after which the JVM writes the classes it loaded into the
 * archive. A failure ends the run with status 1 (and the build with it): a service that cannot
 * start and serve on an empty database must not be packaged.
 */
final class TrainingRun {
  static final String SWITCH = "taiwa.training-run";

  /** Q1 of the benchmark: what a client asks first. */
  private static final String QUERY =
      "{\"query\":\"query { preReports(first: 20) { edges { cursor node { id reference state"
          + " createdAt technologies { number nameJa } counterparty { nameOriginal"
          + " nameRomanised countryCode } } } pageInfo { hasNextPage endCursor } } }\"}";

  private TrainingRun() {}

  static boolean requested() {
    return Boolean.getBoolean(SWITCH);
  }

  /** Runs the training; its exit status: 0 when the service served, 1 when anything failed. */
  static int run(Application application) {
    try {
      train(application);
      return 0;
    } catch (Exception e) {
      System.err.println("The training run failed: " + e);
      e.printStackTrace();
      return 1;
    }
  }

  private static void train(Application application) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("taiwa-training-");
    try {
      // system properties win over the environment a build machine may have set
      System.setProperty("taiwa.mode", "development");
      System.setProperty("taiwa.demo-data", "true");
      Path file = folder.resolve("taiwa.db");
      System.setProperty("taiwa.database.file", file.toString());
      if (System.getenv("TAIWA_DATABASE_URL") != null) {
        // never the machine's database: the embedded file, as when no URL is set
        System.setProperty("taiwa.database.url", "");
        System.setProperty("datasources.default.url", "jdbc:sqlite:");
      }
      System.setProperty("taiwa.management.port", "");
      System.setProperty("micronaut.server.host", "127.0.0.1");
      System.setProperty("micronaut.server.port", "-1");
      try (ApplicationContext context = application.start()) {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        serve(base, context.getBean(JsonMapper.class));
      }
    } finally {
      delete(folder);
    }
  }

  private static void serve(URI base, JsonMapper json) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    send(http, HttpRequest.newBuilder(base.resolve("/health")).GET());
    String login =
        send(
            http,
            HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"sakura\",\"password\":\"taiwa-demo\"}")));
    Object token = json.readValue(login, Map.class).get("access_token");
    String answer =
        send(
            http,
            HttpRequest.newBuilder(base.resolve("/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(QUERY, StandardCharsets.UTF_8)));
    if (!answer.contains("\"preReports\"") || answer.contains("\"errors\"")) {
      throw new IllegalStateException("the training run's GraphQL query failed: " + answer);
    }
  }

  private static String send(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpRequest built = request.timeout(Duration.ofMinutes(1)).build();
    HttpResponse<String> response =
        http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the training run's " + built.uri().getPath() + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
