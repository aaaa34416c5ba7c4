package dev.taiwa.tools.crypto;

import dev.taiwa.service.crypto.ContentKeyRotation;
import dev.taiwa.service.crypto.ContentKeyRotation.Report;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code taiwa content-key status|rotate}: how the invention content stored at rest is encrypted
 * (per column: plain, or under which key id), and re-encryption of all of it under the current key
 * ({@code TAIWA_CONTENT_KEY}), reading old values with the keys of {@code
 * TAIWA_CONTENT_PREVIOUS_KEYS}. Works on the database as a whole (like {@code backup}): it never
 * shows content, so it acts as no account.
 */
@Command(
    name = "content-key",
    description = "Shows under which keys content is stored; re-encrypts it under the current key.",
    mixinStandardHelpOptions = true,
    subcommands = {ContentKeyCommand.Status.class, ContentKeyCommand.Rotate.class})
public final class ContentKeyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: status or rotate");
  }

  /** {@code taiwa content-key status}. */
  @Command(
      name = "status",
      description = "Counts the stored content values per column: plain, or per key id.")
  public static final class Status implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Inject ContentKeyRotation rotation;

    @Override
    public Integer call() {
      Report report = rotation.status();
      print(spec.commandLine().getOut(), report);
      long stale = total(report) - report.count(report.currentKeyId());
      return stale == 0 ? 0 : dev.taiwa.tools.TaiwaCommand.PROBLEM_FOUND;
    }
  }

  /** {@code taiwa content-key rotate}. */
  @Command(
      name = "rotate",
      description =
          "Re-encrypts every stored content value under the current key (TAIWA_CONTENT_KEY).")
  public static final class Rotate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Inject ContentKeyRotation rotation;

    @Override
    public Integer call() {
      Report before = rotation.rotate(false);
      Report after = rotation.status();
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Re-encrypted " + before.rewritten() + " values under key " + after.currentKeyId());
      print(out, after);
      return 0;
    }
  }

  static void print(PrintWriter out, Report report) {
    out.println("current key: " + report.currentKeyId());
    for (Map.Entry<String, Map<String, Long>> column : report.byColumn().entrySet()) {
      out.println("  " + column.getKey() + "  " + column.getValue());
    }
    out.println(
        "under the current key: "
            + report.count(report.currentKeyId())
            + " of "
            + total(report)
            + " values");
  }

  private static long total(Report report) {
    return report.byColumn().values().stream()
        .flatMap(c -> c.values().stream())
        .mapToLong(Long::longValue)
        .sum();
  }
}
