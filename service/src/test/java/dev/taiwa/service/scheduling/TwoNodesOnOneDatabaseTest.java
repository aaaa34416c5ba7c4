package dev.taiwa.service.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.ChainVerification;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.persistence.identity.CallerAccountCache;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 19, many nodes on one PostgreSQL: two service nodes (two application contexts, each with
 * its own HTTP server and pool) on one database. Changes sent through both at once make one audit
 * chain, a scheduled sweep started on both at once runs on one of them, and an account disabled on
 * one node (or by hand in SQL) is refused by both, though each keeps its callers' accounts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnOneDatabaseTest {
  private static final int CHANGES = 200;
  private static final String ME = "{ me { username } }";
  private static final String CREATE_DRAFT =
      "mutation { createPreReportDraft(input: {}) { preReport { id } errors { code } } }";

  private final List<EmbeddedServer> nodes = new ArrayList<>();
  private final List<HttpClient> clients = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(16);

  @BeforeAll
  void startTwoNodes() {
    Assumptions.assumeTrue(
        TestDatabase.isPostgres(),
        "several nodes share one PostgreSQL database; a SQLite file belongs to one node (one"
            + " writer), so the SQLite execution has nothing to run here");
    Map<String, Object> properties = new HashMap<>(TestDatabase.freshProperties());
    properties.put("micronaut.server.port", -1);
    properties.put("taiwa.demo-data", false);
    // The sweep job exists on both nodes, scheduled far away: the test starts it itself.
    properties.put("taiwa.deadlines.sweep.enabled", true);
    properties.put("taiwa.deadlines.sweep.cron", "0 0 3 1 1 ?");
    // 200 changes queue for the chain head on a shared 2-core machine: wait for every answer.
    properties.put("micronaut.http.client.read-timeout", "120s");
    for (int i = 0; i < 2; i++) {
      EmbeddedServer node = ApplicationContext.run(EmbeddedServer.class, properties);
      nodes.add(node);
      clients.add(node.getApplicationContext().createBean(HttpClient.class, node.getURL()));
    }
  }

  @AfterAll
  void stopTheNodes() {
    pool.shutdownNow();
    clients.forEach(HttpClient::close);
    nodes.forEach(EmbeddedServer::close);
  }

  @Test
  void changesThroughBothNodesAtOnceMakeOneAuditChain() throws Exception {
    ApplicationContext first = nodes.get(0).getApplicationContext();
    World world =
        new World(
            first.getBean(Organisations.class),
            first.getBean(UserAccounts.class),
            first.getBean(PasswordHasher.class));
    // Logged in on one node, the token is honoured by the other: the nodes share the secrets.
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String filer = world.user("node-filer-" + i, world.alpha, Role.FILER);
      tokens.add(new ApiClient(clients.get(i % 2)).login(filer, World.PASSWORD));
    }
    long before = first.getBean(AuditLog.class).head().lastSequence();

    CountDownLatch start = new CountDownLatch(1);
    List<Future<GraphQLResponse>> answers = new ArrayList<>();
    for (int i = 0; i < CHANGES; i++) {
      ApiClient node = new ApiClient(clients.get(i % 2));
      String token = tokens.get((i / 2) % tokens.size());
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return node.graphql(token, CREATE_DRAFT, Map.of());
              }));
    }
    start.countDown();
    Set<String> created = new HashSet<>();
    for (Future<GraphQLResponse> answer : answers) {
      GraphQLResponse response = answer.get();
      assertTrue(response.errors().isEmpty(), response.body().toString());
      created.add(response.at("createPreReportDraft.preReport.id"));
    }
    assertEquals(CHANGES, created.size(), "every change stored as a case of its own");

    long after = first.getBean(AuditLog.class).head().lastSequence();
    assertTrue(after >= before + CHANGES, "each change audited: " + before + " -> " + after);
    for (EmbeddedServer node : nodes) {
      // The walk checks every link from the first event up to the chain head it read first.
      ChainVerification verification =
          node.getApplicationContext().getBean(AuditTrail.class).verify();
      assertTrue(verification.intact(), verification.firstBroken().toString());
      assertTrue(verification.eventsChecked() >= after, "one chain, every event in it");
    }
  }

  @Test
  void aSweepStartedOnBothNodesAtOnceRunsOnce() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Void>> runs = new ArrayList<>();
    for (EmbeddedServer node : nodes) {
      DeadlineSweepJob job = node.getApplicationContext().getBean(DeadlineSweepJob.class);
      Callable<Void> run =
          () -> {
            start.await();
            job.sweepDeadlines();
            return null;
          };
      runs.add(pool.submit(run));
    }
    start.countDown();
    for (Future<Void> run : runs) {
      run.get();
    }

    assertEquals(1, runs("ran"), "the sweep ran on one node");
    assertEquals(1, runs("skipped"), "the other node skipped the same schedule");
  }

  @Test
  void anAccountDisabledThroughOneNodeIsRefusedByBoth() throws Exception {
    World world = world();
    world.user("node-admin", world.meti, Role.ADMIN);
    String filer = world.user("node-disabled", world.alpha, Role.FILER);
    String admin = new ApiClient(clients.get(0)).login("node-admin", World.PASSWORD);
    String token = new ApiClient(clients.get(0)).login(filer, World.PASSWORD);
    awaitHearing(token);
    assertAdmittedByBothNodes(token);
    String id =
        nodes
            .get(0)
            .getApplicationContext()
            .getBean(UserAccounts.class)
            .findByUsername(filer)
            .orElseThrow()
            .id()
            .toString();

    GraphQLResponse disabled =
        new ApiClient(clients.get(0))
            .graphql(admin, "mutation { disableUser(id: \"" + id + "\") { errors { code } } }");

    assertEquals(List.of(), disabled.<List<?>>at("disableUser.errors"), disabled.body().toString());
    assertEquals(
        401, new ApiClient(clients.get(0)).graphqlStatus(token, ME), "the node that disabled it");
    assertRefusedBy(clients.get(1), token);
  }

  @Test
  void anAccountDisabledByHandInSqlIsRefusedByBoth() throws Exception {
    World world = world();
    String filer = world.user("node-disabled-by-hand", world.alpha, Role.FILER);
    String token = new ApiClient(clients.get(1)).login(filer, World.PASSWORD);
    awaitHearing(token);
    assertAdmittedByBothNodes(token);

    ApplicationContext first = nodes.get(0).getApplicationContext();
    DataSource database =
        first.getBean(DataSourceResolver.class).resolve(first.getBean(DataSource.class));
    try (Connection connection = database.getConnection();
        PreparedStatement disable =
            connection.prepareStatement(
                "UPDATE user_account SET enabled = FALSE WHERE username = ?")) {
      disable.setString(1, filer);
      assertEquals(1, disable.executeUpdate());
    }

    for (HttpClient client : clients) {
      assertRefusedBy(client, token);
    }
  }

  private World world() {
    ApplicationContext first = nodes.get(0).getApplicationContext();
    return new World(
        first.getBean(Organisations.class),
        first.getBean(UserAccounts.class),
        first.getBean(PasswordHasher.class));
  }

  /** Both nodes hear account changes, so they answer their callers' accounts from memory. */
  private void awaitHearing(String token) throws InterruptedException {
    for (EmbeddedServer node : nodes) {
      CallerAccountCache cache = node.getApplicationContext().getBean(CallerAccountCache.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!cache.hearing() && System.nanoTime() < deadline) {
        // The first caller check starts the listening.
        assertEquals(200, new ApiClient(clients.get(nodes.indexOf(node))).graphqlStatus(token, ME));
        Thread.sleep(50);
      }
      assertTrue(cache.hearing(), "node " + nodes.indexOf(node) + " hears account changes");
    }
  }

  private void assertAdmittedByBothNodes(String token) {
    for (HttpClient client : clients) {
      // Twice: the second answer comes from the node's copy of the account.
      assertEquals(200, new ApiClient(client).graphqlStatus(token, ME));
      assertEquals(200, new ApiClient(client).graphqlStatus(token, ME));
    }
  }

  /**
   * The change reaches the other node when it commits, a notice away: refused within 3 s (it takes
   * milliseconds); a node that kept the old account would admit the token for a minute.
   */
  private void assertRefusedBy(HttpClient client, String token) throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(3).toNanos();
    int status = new ApiClient(client).graphqlStatus(token, ME);
    while (status != 401 && System.nanoTime() < deadline) {
      Thread.sleep(10);
      status = new ApiClient(client).graphqlStatus(token, ME);
    }
    assertEquals(
        401,
        status,
        "still admitted " + (System.nanoTime() - started) / 1_000_000 + " ms after the change");
  }

  private double runs(String outcome) {
    double total = 0;
    for (EmbeddedServer node : nodes) {
      total +=
          node.getApplicationContext()
              .getBean(MeterRegistry.class)
              .get("taiwa.jobs.runs")
              .tag("job", DeadlineSweepJob.NAME)
              .tag("outcome", outcome)
              .functionCounter()
              .count();
    }
    return total;
  }
}
