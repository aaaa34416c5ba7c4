package dev.taiwa.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Prints the figures of the "done when" at a chosen size (default 100,000 rows): demo-data
 * into one new database, then into another a CSV of N pre-reports with 50 bad rows imported as a
 * dry run, for real, and again. Not a test: run it by hand on an idle machine,
 *
 * <pre>java -cp tools/target/tools-0.1.0-SNAPSHOT-all.jar dev.taiwa.tools.Benchmark 100000 [dir]
 * [--import-only [--batch-size N]]</pre>
 *
 * ({@code --import-only} skips the demo-data step; {@code --batch-size} is handed to each import,
 * whose default is 500.) Each step prints its wall time and its CPU time, which stays comparable
 * when other builds share the cores. The generated accounts get a password ({@code demo-data
 * --password-env}) that each import proves on standard input.
 */
public final class Benchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The generated accounts' password ({@code demo-data --password-env}), given to each import. */
  private static final String PASSWORD = "benchmark password";

  private static final EnvironmentVariables ENVIRONMENT =
      EnvironmentVariables.of(Map.of("BENCH_PASSWORD", PASSWORD));

  private Benchmark() {}

  /** CPU time of the whole JVM (compiler and collector included): comparable under load. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path directory = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("taiwa-bench");
    System.setProperty("logback.configurationFile", "logback-cli.xml");
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);

    boolean importOnly = args.length > 2 && args[2].equals("--import-only");
    String[] batchSize =
        args.length > 4 && args[3].equals("--batch-size")
            ? new String[] {"--batch-size", args[4]}
            : new String[0];
    if (!importOnly) {
      Path demo = directory.resolve("demo").resolve("taiwa.db");
      step(out, "demo-data --cases " + rows, demo, err, "demo-data", "--cases", "" + rows);
    }

    Path load = directory.resolve("load").resolve("taiwa.db");
    step(
        out,
        "seed one filer",
        load,
        err,
        "demo-data",
        "--cases",
        "1",
        "--password-env",
        "BENCH_PASSWORD");
    Path csv = directory.resolve("prereports.csv");
    Files.writeString(csv, csv(rows), StandardCharsets.UTF_8);
    for (String[] run :
        new String[][] {
          {
            "import",
            "prereports",
            csv.toString(),
            "--as",
            "demo-filer-1",
            "--password-stdin",
            "--dry-run"
          },
          {"import", "prereports", csv.toString(), "--as", "demo-filer-1", "--password-stdin"},
          {"import", "prereports", csv.toString(), "--as", "demo-filer-1", "--password-stdin"},
          {"verify-audit"}
        }) {
      String[] command = run[0].equals("import") ? concat(run, batchSize) : run;
      step(out, String.join(" ", command), load, err, command);
    }
  }

  private static String[] concat(String[] first, String[] second) {
    String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static void step(
      PrintWriter out, String title, Path file, PrintWriter err, String... args) {
    out.println("== " + title);
    java.io.StringWriter listing = new java.io.StringWriter();
    PrintWriter captured = new PrintWriter(listing, true);
    long started = System.nanoTime();
    long processCpu = processCpuNanos();
    long threadCpu = THREADS.getCurrentThreadCpuTime();
    int code =
        TaiwaCommand.execute(
            args,
            Map.of("taiwa.database.file", file.toString()),
            ENVIRONMENT,
            new java.io.ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)),
            captured,
            err);
    String[] lines = listing.toString().split("\n");
    out.printf(
        "exit %d, %.1f s wall, %.1f s CPU (%.1f s on the command's thread); %d lines, last: %s%n",
        code,
        (System.nanoTime() - started) / 1e9,
        (processCpuNanos() - processCpu) / 1e9,
        (THREADS.getCurrentThreadCpuTime() - threadCpu) / 1e9,
        lines.length,
        lines[lines.length - 1]);
  }

  /** N rows, every 2,000th from row 7 bad (50 at N = 100,000). */
  static String csv(int rows) {
    String planned = LocalDate.now().plusDays(120).toString();
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(
        "importKey,contact.name,contact.email,technologyNumbers,transactionType,"
            + "counterparty.nameOriginal,counterparty.nameRomanised,counterparty.countryCode,"
            + "counterparty.relationship,plannedDate,plannedDateKind,technologyDescription,submit\r\n");
    int every = Math.max(1, rows / 50);
    for (int i = 0; i < rows; i++) {
      String email = i % every == 7 ? "not-an-address" : "t" + i + "@example.co.jp";
      csv.append(
          String.format(
              "B%d,田中,%s,1;8,CONTRACT_MANUFACTURING,\"华东\"\"精密\"\"\",Huadong,CN,UNRELATED,%s,"
                  + "CONTRACT,\"一行目\r\n二行目\",true\r\n",
              i, email, planned));
    }
    return csv.toString();
  }
}
