package dev.taiwa.tools.bench;

import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.persistence.database.StatementCount;
import dev.taiwa.tools.StandAlone;
import dev.taiwa.tools.ToolFailure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taiwa bench}: makes or reuses a dataset, starts the service in this process on it, drives
 * the fixed {@link Mix} over HTTP at a fixed concurrency for a fixed time, and prints per workload
 * executions per second, p50, p99, SQL statements per execution and the raw JDBC floor, as a
 * markdown table for the README's "Performance" section.
 */
@Command(
    name = "bench",
    description =
        "Measures Taiwa: a dataset of --cases cases, the service started on it, a fixed mix of"
            + " GraphQL reads and writes over HTTP; prints a markdown table.",
    mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer>, StandAlone {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--cases",
      defaultValue = "10000",
      description = "dataset size (${DEFAULT-VALUE})")
  int cases;

  @Option(
      names = "--dir",
      defaultValue = "taiwa-bench",
      description = "working folder: dataset, password, results (${DEFAULT-VALUE})")
  Path folder;

  @Option(names = "--postgres", description = "run on an embedded PostgreSQL (kept in --dir)")
  boolean postgres;

  @Option(
      names = "--database-url",
      description =
          "run on this PostgreSQL (jdbc:postgresql://...; user and password from"
              + " TAIWA_DATABASE_USER / TAIWA_DATABASE_PASSWORD); it must be empty the first time")
  String databaseUrl;

  @Option(
      names = "--clients",
      defaultValue = "16",
      description = "concurrent clients (${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "20",
      description = "measured seconds per workload, after the warm-up (${DEFAULT-VALUE})")
  double seconds;

  @Option(
      names = "--warm-up",
      description =
          "unmeasured seconds before each workload (default: a quarter of --seconds), then on"
              + " in slices of 5 s while the JIT compilers use more than 5 %% of a core, up to"
              + " --longest-warm-up")
  Double warmUp;

  @Option(
      names = "--longest-warm-up",
      defaultValue = "240",
      description =
          "the longest warm-up of a workload in seconds, however busy the JIT compilers stay"
              + " (${DEFAULT-VALUE}; --warm-up or less: no more than --warm-up)")
  double longestWarmUp;

  /** What the warm-up of each workload measured in this JVM came to (notes under the table). */
  private final List<String> warmUps = new ArrayList<>();

  /** The warm-up before each measured run, in seconds. */
  private double warmUpSeconds() {
    return warmUp == null ? seconds / 4 : warmUp;
  }

  @Option(names = "--page", defaultValue = "500", description = "the deep page (${DEFAULT-VALUE})")
  int page;

  @Option(names = "--only", description = "run only the workloads whose name contains this text")
  String only;

  @Option(names = "--fresh", description = "make a new dataset even if one of this size exists")
  boolean fresh;

  @Option(
      names = "--memory",
      description =
          "afterwards, start the service alone in its own JVM with the README's options, run the"
              + " mix against it and print its start to ready and resident memory")
  boolean memory;

  @Option(
      names = "--memory-jvm-options",
      split = " ",
      description = "with --memory: the service JVM's options instead of the README's")
  List<String> memoryJvmOptions;

  @Option(
      names = "--memory-only",
      description =
          "only the service alone in its own JVM (as --memory), without the in-process run and its"
              + " table: to compare JVM options or builds quickly")
  boolean memoryOnly;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (cases < 1 || clients < 1 || seconds <= 0 || page < 1) {
      throw new ToolFailure("--cases, --clients, --seconds and --page must be positive");
    }
    Path where =
        folder.resolve(databaseUrl != null ? "external" : postgres ? "postgres" : "sqlite");
    Files.createDirectories(where);
    boolean make = fresh || !Files.exists(where.resolve("dataset-" + cases + ".password"));
    if (make && databaseUrl == null && !postgres) {
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(where.resolve("taiwa.db" + suffix));
      }
    }
    try (BenchDatabase database = open(where, make)) {
      String password = BenchDataset.ensure(where, cases, database.properties(), fresh, out);
      if (memoryOnly) {
        List<String> notes = alone(database, password, out);
        out.println(notes.get(notes.size() - 1));
        return 0;
      }
      Map<String, Object> properties = new HashMap<>(database.properties());
      properties.put("micronaut.server.port", -1);
      properties.put("micronaut.server.host", "127.0.0.1");
      properties.put("taiwa.demo-data", false);
      long starting = System.nanoTime();
      BenchTable table;
      List<String> notes = new ArrayList<>();
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
        double ready = (System.nanoTime() - starting) / 1e9;
        out.printf(Locale.ROOT, "Service ready in %.2f s on %s%n", ready, database.kind());
        out.flush();
        table = run(server, database, password, out);
        notes.add(
            String.format(
                Locale.ROOT,
                "start to ready on the existing database: %.2f s (application context in the"
                    + " benchmark's JVM)",
                ready));
        System.gc();
        notes.add(
            String.format(
                Locale.ROOT,
                "resident memory after the mix: %.0f MB (service and load generator in one"
                    + " process)",
                BenchTable.residentMegabytes()));
      }
      if (memory) {
        notes.addAll(alone(database, password, out));
      }
      write(table, notes, out);
    }
    return 0;
  }

  private BenchDatabase open(Path where, boolean make) throws IOException {
    if (databaseUrl != null) {
      return BenchDatabase.postgres(
          databaseUrl,
          System.getenv("TAIWA_DATABASE_USER"),
          System.getenv("TAIWA_DATABASE_PASSWORD"));
    }
    if (postgres) {
      if (make) {
        deleteTree(where.resolve("postgres"));
      }
      return BenchDatabase.embeddedPostgres(where);
    }
    return BenchDatabase.sqlite(where);
  }

  /** The demo officer, filer and reviewer logged in over HTTP. */
  private static Targets.Tokens demoTokens(BenchClient client, String password) throws Exception {
    return new Targets.Tokens(
        client.login("demo-officer", password),
        client.login("demo-filer-1", password),
        client.login("demo-reviewer", password),
        client.signIn("demo-officer", password));
  }

  private BenchTable run(
      EmbeddedServer server, BenchDatabase database, String password, PrintWriter out)
      throws Exception {
    try (BenchClient client = new BenchClient(server.getURI(), clients)) {
      return run(client, server, database, password, out);
    }
  }

  private BenchTable run(
      BenchClient client,
      EmbeddedServer server,
      BenchDatabase database,
      String password,
      PrintWriter out)
      throws Exception {
    Targets.Tokens tokens = demoTokens(client, password);
    Targets targets = Targets.find(client, tokens, page);
    ApplicationContext context = server.getApplicationContext();
    DataSource pool =
        context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
    RawFloor floor = new RawFloor(pool, context.getBean(DatabaseSettings.class).kind());
    PageRequest.Position deep = floor.positionAt((targets.deepPage() - 1) * Targets.PAGE - 1);
    StatementCount statements = context.getBean(StatementCount.class);
    CompilerThreads compilers = CompilerThreads.ofThisJvm();

    BenchTable table =
        new BenchTable(
            String.format(
                Locale.ROOT,
                "%s, %,d cases, %d clients, %.0f s per workload; %s",
                database.kind(),
                cases,
                clients,
                seconds,
                BenchTable.machine()));
    for (Workload workload : Mix.of(client, tokens, targets, floor, deep)) {
      if (only != null && !workload.name().contains(only)) {
        continue;
      }
      out.printf("%s ...%n", workload.name());
      out.flush();
      LoadRun.WarmUp warmedUp = warmUp(workload.unit(), compilers, out);
      long before = statements.executed();
      double cpuBefore = BenchTable.processCpuMillis();
      double compilingBefore = compilers.cpuSeconds();
      LoadRun.Result result = LoadRun.measure(workload.unit(), clients, seconds);
      double cpu = BenchTable.processCpuMillis() - cpuBefore;
      double cpuPerExecution = result.executions() == 0 ? Double.NaN : cpu / result.executions();
      warmUps.add(
          warmUpNote(
              workload.name(), warmedUp, (compilers.cpuSeconds() - compilingBefore) * 1000 / cpu));
      double perExecution =
          before < 0 || result.executions() == 0
              ? Double.NaN
              : (statements.executed() - before) / (double) result.executions();
      Double floorRate = null;
      if (workload.rawFloor() != null) {
        warmUp(workload.rawFloor(), compilers, out);
        floorRate = LoadRun.measure(workload.rawFloor(), clients, seconds).perSecond();
      }
      table.add(workload, result, perExecution, cpuPerExecution, floorRate);
    }
    return table;
  }

  /**
   * The service alone: started in its own JVM as the README's first command starts it, on the same
   * database, the mix run against it from {@code --clients} clients, its resident memory read from
   * {@code /proc} afterwards.
   */
  private List<String> alone(BenchDatabase database, String password, PrintWriter out)
      throws Exception {
    List<String> options =
        memoryJvmOptions == null ? ServiceProcess.README_OPTIONS : memoryJvmOptions;
    out.printf("Service alone in its own JVM (%s) ...%n", String.join(" ", options));
    out.flush();
    try (ServiceProcess service =
            ServiceProcess.start(options, database.properties(), folder.resolve("service.log"));
        BenchClient client = new BenchClient(service.uri(), clients)) {
      Targets.Tokens tokens = demoTokens(client, password);
      Targets targets = Targets.find(client, tokens, page);
      double[] before = service.residentMegabytes();
      List<String> notes = new ArrayList<>();
      for (Workload workload : Mix.of(client, tokens, targets, null, null)) {
        if (only != null && !workload.name().contains(only)) {
          continue;
        }
        CompilerThreads compilers = CompilerThreads.of(service.pid());
        LoadRun.WarmUp warmedUp = warmUp(workload.unit(), compilers, out);
        double cpuBefore = service.cpuSeconds();
        double compilingBefore = compilers.cpuSeconds();
        LoadRun.Result result = LoadRun.measure(workload.unit(), clients, seconds);
        double cpu = service.cpuSeconds() - cpuBefore;
        double cpuPerExecution = cpu * 1000 / result.executions();
        String line =
            String.format(
                Locale.ROOT,
                "the service alone, %s: %.0f executions/s, %.2f ms of the service's CPU per"
                    + " execution; %s",
                workload.name(),
                result.perSecond(),
                cpuPerExecution,
                warmUpNote(null, warmedUp, (compilers.cpuSeconds() - compilingBefore) / cpu));
        out.println(line);
        out.flush();
        notes.add(line);
      }
      double[] after = service.residentMegabytes();
      notes.add(
          String.format(
              Locale.ROOT,
              "the service alone (own JVM, %s): start to ready %.2f s (JVM start until /health"
                  + " answers; %.2f s of CPU), resident memory %.0f MB before the mix, %.0f MB"
                  + " after it at %d clients (peak %.0f MB)",
              String.join(" ", options),
              service.readySeconds(),
              service.readyCpuSeconds(),
              before[0],
              after[0],
              clients,
              after[1]));
      return notes;
    }
  }

  /**
   * The warm-up before a measured run: {@code --warm-up} seconds, longer while the JIT compilers
   * are still busy ({@link LoadRun#warmUp}).
   */
  private LoadRun.WarmUp warmUp(Workload.Unit unit, CompilerThreads compilers, PrintWriter out)
      throws InterruptedException {
    LoadRun.WarmUp warmedUp =
        LoadRun.warmUp(unit, clients, warmUpSeconds(), longestWarmUp, compilers::cpuSeconds);
    if (!warmedUp.settled()) {
      out.printf(
          Locale.ROOT,
          "  the JIT compilers were still busy after %.0f s of warm-up (%.0f %% of a core)%n",
          warmedUp.seconds(),
          warmedUp.compilerShare() * 100);
      out.flush();
    }
    return warmedUp;
  }

  /**
   * How long {@code workload} (null: the line names it) was warmed up, and the compilers' share of
   * the CPU its measured run counted.
   */
  private static String warmUpNote(String workload, LoadRun.WarmUp warmedUp, double compiling) {
    return String.format(
        Locale.ROOT,
        "%swarmed up %.0f s (JIT compilers %s at its end), of the measured run's CPU the"
            + " compilers used %.1f %%",
        workload == null ? "" : workload + ": ",
        warmedUp.seconds(),
        warmedUp.settled() ? "settled" : "still busy",
        compiling * 100);
  }

  private void write(BenchTable table, List<String> notes, PrintWriter out) throws IOException {
    notes.addAll(warmUps);
    String markdown = table.markdown(notes);
    out.println();
    out.print(markdown);
    Path result =
        folder.resolve(
            "bench-" + (databaseUrl != null || postgres ? "postgres" : "sqlite") + ".md");
    Files.writeString(result, markdown);
    out.printf("Written to %s%n", result);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
