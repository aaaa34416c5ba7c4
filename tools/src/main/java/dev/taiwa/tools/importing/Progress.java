package dev.taiwa.tools.importing;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr: a progress bar with rate and ETA when stderr is a terminal,
 * otherwise one plain line per tenth of the work (at most one a second, and the last) so that logs
 * stay readable.
 */
public final class Progress implements AutoCloseable {
  private static final Duration PLAIN_EVERY = Duration.ofSeconds(1);

  private final String task;
  private final long total;
  private final PrintWriter plain;
  private final ProgressBar bar;
  private final long started = System.nanoTime();
  private long done;
  private long lastLine = started;
  private long nextTenth;

  private Progress(String task, long total, PrintWriter plain, ProgressBar bar) {
    this.task = task;
    this.total = total;
    this.plain = plain;
    this.bar = bar;
    this.nextTenth = Math.max(1, total / 10);
  }

  /** A bar on the terminal's stderr when there is one, else plain lines on {@code err}. */
  public static Progress of(String task, long total, PrintWriter err) {
    if (System.console() != null && err.equals(TerminalErr.writer())) {
      ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" rows", 1)
              .showSpeed()
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build();
      return new Progress(task, total, null, bar);
    }
    return new Progress(task, total, err, null);
  }

  /** How many steps were made so far. */
  public long done() {
    return done;
  }

  public void step(long count) {
    done += count;
    if (bar != null) {
      bar.stepBy(count);
      return;
    }
    long now = System.nanoTime();
    if (done >= nextTenth && now - lastLine >= PLAIN_EVERY.toNanos() || done == total) {
      plain.println(line(now));
      lastLine = now;
      nextTenth = done + Math.max(1, total / 10);
    }
  }

  private String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    return String.format(
        "%s: %d/%d (%d%%), %.0f rows/s, ETA %d s",
        task, done, total, total == 0 ? 100 : done * 100 / total, rate, eta);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  /** The writer {@code TaiwaCommand.main} gives commands for the real stderr. */
  public static final class TerminalErr {
    private static PrintWriter writer;

    private TerminalErr() {}

    public static synchronized void set(PrintWriter err) {
      writer = err;
    }

    static synchronized PrintWriter writer() {
      return writer;
    }
  }
}
