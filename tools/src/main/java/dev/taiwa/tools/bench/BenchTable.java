package dev.taiwa.tools.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's result as the markdown table the README keeps under "Performance". */
final class BenchTable {
  private final List<String> rows = new ArrayList<>();
  private final String heading;

  BenchTable(String heading) {
    this.heading = heading;
  }

  void add(
      Workload workload,
      LoadRun.Result result,
      double statementsPerExecution,
      double cpuMillisPerExecution,
      Double floorRate) {
    rows.add(
        String.format(
            Locale.ROOT,
            "| %s | %s | %.0f | %.1f | %.1f | %s | %s | %s | %s |",
            workload.name(),
            workload.requests(),
            result.perSecond(),
            result.millisAt(0.50),
            result.millisAt(0.99),
            Double.isNaN(statementsPerExecution)
                ? "–"
                : String.format(Locale.ROOT, "%.1f", statementsPerExecution),
            Double.isNaN(cpuMillisPerExecution)
                ? "–"
                : String.format(Locale.ROOT, "%.2f", cpuMillisPerExecution),
            floorRate == null ? "–" : String.format(Locale.ROOT, "%.0f", floorRate),
            result.failures() == 0 ? "0" : result.failures() + " (" + result.firstFailure() + ")"));
  }

  String markdown(List<String> notes) {
    StringBuilder text = new StringBuilder();
    text.append(heading).append("\n\n");
    text.append(
        "| workload | requests | executions/s | p50 ms | p99 ms | SQL statements per execution |"
            + " CPU ms per execution (benchmark JVM) | raw floor (JDBC) executions/s | failures |\n");
    text.append("|---|---|---|---|---|---|---|---|---|\n");
    rows.forEach(row -> text.append(row).append('\n'));
    text.append('\n');
    notes.forEach(note -> text.append("- ").append(note).append('\n'));
    return text.toString();
  }

  /** The machine line: cores, memory, OS and Java, so that a reader can compare. */
  static String machine() {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return String.format(
        Locale.ROOT,
        "%d cores, %.0f GiB memory, %s %s, Java %s",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"));
  }

  /**
   * The CPU time this JVM has used so far (every thread: the service's and the load generator's),
   * in milliseconds; NaN where the JVM cannot tell. Unlike requests per second, the CPU a request
   * costs hardly changes when other work shares the machine, so two builds can be compared on a
   * busy one.
   */
  static double processCpuMillis() {
    long nanos =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    return nanos < 0 ? Double.NaN : nanos / 1e6;
  }

  /** Resident memory of this process in MB, from /proc; NaN where there is no /proc. */
  static double residentMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
