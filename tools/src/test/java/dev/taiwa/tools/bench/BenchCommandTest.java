package dev.taiwa.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.TaiwaCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taiwa bench} as an operator runs it, at a tiny size: it makes a dataset, starts the
 * service, runs every workload of the mix without a failed request, prints and writes the table
 * (numbers are not judged here: they are the benchmark's output), and a second run reuses the
 * dataset.
 */
class BenchCommandTest {
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| (.+?) \\| (.+?) \\| (\\d+) \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+|–) \\| ([\\d.]+)"
              + " \\| (\\d+|–) \\| (.+) \\|$",
          Pattern.MULTILINE);

  @TempDir Path directory;

  private String bench() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        TaiwaCommand.execute(
            new String[] {
              "bench",
              "--cases",
              "400",
              "--dir",
              directory.toString(),
              "--seconds",
              "0.4",
              "--clients",
              "2",
              "--page",
              "2",
              "--longest-warm-up",
              "0"
            },
            Map.of(),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertEquals(0, exit, () -> out + "\n" + err);
    return out.toString();
  }

  @Test
  void everyWorkloadRunsWithoutAFailedRequestAndTheTableIsWritten() throws Exception {
    String output = bench();

    Matcher rows = ROW.matcher(output);
    List<String> workloads = new java.util.ArrayList<>();
    while (rows.find()) {
      workloads.add(rows.group(1));
      assertEquals("0", rows.group(9), () -> "failures of " + rows.group(1));
      assertTrue(Integer.parseInt(rows.group(3)) > 0, () -> "nothing ran: " + rows.group(0));
      assertTrue(Double.parseDouble(rows.group(7)) > 0, () -> "no CPU counted: " + rows.group(0));
      if (rows.group(1).startsWith("Q1")) {
        assertTrue(!rows.group(8).equals("–"), "Q1 has a raw floor");
      }
    }
    assertEquals(14, workloads.size(), () -> "workloads: " + workloads + "\n" + output);
    assertTrue(output.contains("start to ready on the existing database"), output);
    String written = Files.readString(directory.resolve("bench-sqlite.md"));
    assertTrue(written.contains("| Q1 newest 20 pre-reports (officer) |"), written);

    assertTrue(bench().contains("Reusing the dataset of 400 cases"));
  }
}
