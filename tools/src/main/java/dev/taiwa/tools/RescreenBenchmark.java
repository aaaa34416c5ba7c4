package dev.taiwa.tools;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.screening.application.ListRescreen;
import dev.taiwa.cases.screening.application.ScreeningListCommands;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import dev.taiwa.cases.screening.model.RescreenRun;
import dev.taiwa.cases.screening.port.OpenCases;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 18's "done when": importing a new list version re-screens every open case. On a COPY of a
 * {@code demo-data} database (it writes to it), it imports the sample End User List as one version
 * and re-screens the open cases against it (cold: the JIT and the folded-name cache warm up), then
 * imports a newer version that also lists two of the demo counterparties and re-screens again,
 * printing the open cases, the wall and CPU time and the cases per second of each. Not a test: run
 * it by hand,
 *
 * <pre>java -cp tools/target/tools-0.1.0-SNAPSHOT-all.jar dev.taiwa.tools.RescreenBenchmark
 * path/to/copy/taiwa.db [demo/screening/end-user-list-2026-09.csv]</pre>
 *
 * The imports act as an administrator the benchmark names itself ({@code bench-admin}, audited as
 * such): a copied dataset has no administrator.
 */
public final class RescreenBenchmark {
  private static final Actor ADMIN =
      new Actor(
          new UserId(UUID.nameUUIDFromBytes("bench-admin".getBytes(StandardCharsets.UTF_8))),
          "bench-admin",
          new OrganisationId(UUID.nameUUIDFromBytes("bench".getBytes(StandardCharsets.UTF_8))),
          Set.of(Role.ADMIN));

  /** Two entries naming demo counterparties, so that the second run stores hits and notifies. */
  private static final String LISTED_DEMO_COUNTERPARTIES =
      "901,Indonesia,PT Elektronika Batam,,M\n902,China,江蘇光電股份有限公司,Jiangsu Optoelectronics,\"M, N\"\n";

  private RescreenBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RescreenBenchmark <copy of a demo-data taiwa.db> [eul.csv]");
      System.exit(2);
    }
    Path database = Path.of(args[0]);
    Path list = Path.of(args.length > 1 ? args[1] : "demo/screening/end-user-list-2026-09.csv");
    System.setProperty("logback.configurationFile", "logback-cli.xml");
    byte[] sample = Files.readAllBytes(list);
    String text = new String(sample, StandardCharsets.UTF_8);
    byte[] newer =
        (text.endsWith("\n") ? text : text + "\n")
            .concat(LISTED_DEMO_COUNTERPARTIES)
            .getBytes(StandardCharsets.UTF_8);
    try (ApplicationContext context =
        ApplicationContext.builder(TaiwaCommand.class)
            .environments("cli")
            .properties(
                Map.of(
                    "taiwa.database.file",
                    database.toString(),
                    "taiwa.screening.rescreen.enabled",
                    false))
            .deduceEnvironment(false)
            .start()) {
      ScreeningListCommands lists = context.getBean(ScreeningListCommands.class);
      ListRescreen rescreen = context.getBean(ListRescreen.class);
      OpenCases open = context.getBean(OpenCases.class);
      System.out.println(
          "open filed pre-reports: "
              + open.count()
              + "; processors: "
              + Runtime.getRuntime().availableProcessors());
      LocalDate today = JapanTime.today(java.time.Clock.systemUTC());
      run("sample End User List (cold)", lists, rescreen, sample, today.minusDays(1));
      run("newer version listing 2 demo counterparties", lists, rescreen, newer, today);
    }
  }

  private static void run(
      String title,
      ScreeningListCommands lists,
      ListRescreen rescreen,
      byte[] file,
      LocalDate published) {
    long importStarted = System.nanoTime();
    Result<ListVersionSummary> imported =
        lists.importFile(ADMIN, ListSource.END_USER_LIST, published, file);
    if (!imported.accepted()) {
      System.out.println("== " + title + ": import refused " + imported.errors());
      return;
    }
    double importSeconds = (System.nanoTime() - importStarted) / 1e9;
    long started = System.nanoTime();
    long cpu = processCpuNanos();
    RescreenRun run = rescreen.run(imported.value().orElseThrow().id(), ListRescreen.Progress.NONE);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "== %s: import %.2f s; re-screened %d open cases in %.1f s wall, %.1f s CPU,"
            + " %.0f cases/s; %d new hits on %d cases%n",
        title,
        importSeconds,
        run.screened(),
        seconds,
        (processCpuNanos() - cpu) / 1e9,
        run.screened() / seconds,
        run.newHits(),
        run.casesWithNewHits());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
