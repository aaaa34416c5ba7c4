package dev.taiwa.tools.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

/**
 * Drives one unit of work from {@code clients} threads for a fixed time and measures each
 * execution; {@code n} of the executions of a warm-up start at 1,000,000 so that they never repeat
 * a measured one's inputs.
 */
final class LoadRun {
  private LoadRun() {}

  /** What one run measured. */
  record Result(long executions, long failures, String firstFailure, double seconds, long[] nanos) {
    double perSecond() {
      return executions / seconds;
    }

    /** The latency at quantile {@code q} (0..1) in milliseconds; NaN when nothing ran. */
    double millisAt(double q) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.min(nanos.length - 1, Math.ceil(q * nanos.length) - 1);
      return nanos[Math.max(0, index)] / 1e6;
    }
  }

  /** How long each further slice of a warm-up runs while the JIT compilers are still busy. */
  static final double SLICE_SECONDS = 5;

  /** The compilers count as settled below this share of one core over a slice. */
  static final double SETTLED_SHARE = 0.05;

  /** How a warm-up ended: its length, and the compilers' share of a core in its last slice. */
  record WarmUp(double seconds, double compilerShare) {
    boolean settled() {
      return !(compilerShare >= SETTLED_SHARE);
    }
  }

  /**
   * Runs {@code unit} unmeasured for {@code seconds}, then on in slices of {@value #SLICE_SECONDS}
   * s while the JIT compilers ({@code compilerSeconds}: their CPU seconds so far, {@link
   * CompilerThreads}) used more than {@value #SETTLED_SHARE} of a core in the last one, as long as
   * a slice fits in {@code longest} seconds in all: a JVM keeps compiling for a minute or more
   * after its start on a busy 2-core machine, and a run measured meanwhile counts that compilation,
   * which a service running for days does not pay.
   */
  static WarmUp warmUp(
      Workload.Unit unit,
      int clients,
      double seconds,
      double longest,
      DoubleSupplier compilerSeconds)
      throws InterruptedException {
    double ran = seconds;
    double before = compilerSeconds.getAsDouble();
    measure(unit, clients, seconds, 1_000_000);
    double share = (compilerSeconds.getAsDouble() - before) / seconds;
    for (int slice = 1; share >= SETTLED_SHARE && ran + SLICE_SECONDS <= longest; slice++) {
      before = compilerSeconds.getAsDouble();
      measure(unit, clients, SLICE_SECONDS, 1_000_000 + slice * 100_000);
      share = (compilerSeconds.getAsDouble() - before) / SLICE_SECONDS;
      ran += SLICE_SECONDS;
    }
    return new WarmUp(ran, share);
  }

  static Result measure(Workload.Unit unit, int clients, double seconds)
      throws InterruptedException {
    return measure(unit, clients, seconds, 0);
  }

  private static Result measure(Workload.Unit unit, int clients, double seconds, int offset)
      throws InterruptedException {
    List<long[]> perClient = new ArrayList<>();
    long[] counts = new long[clients];
    long[] failures = new long[clients];
    AtomicReference<String> firstFailure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    for (int c = 0; c < clients; c++) {
      long[] latencies = new long[1 << 16];
      perClient.add(latencies);
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = latencies;
                int n = 0;
                try {
                  while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    try {
                      unit.run(client, offset + n);
                    } catch (Exception | AssertionError e) {
                      failures[client]++;
                      firstFailure.compareAndSet(null, e.getMessage());
                      continue;
                    } finally {
                      n++;
                    }
                    if (counts[client] == mine.length) {
                      mine = Arrays.copyOf(mine, mine.length * 2);
                      perClient.set(client, mine);
                    }
                    mine[(int) counts[client]++] = System.nanoTime() - before;
                  }
                } finally {
                  done.countDown();
                }
              },
              "bench-client-" + c);
      thread.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(perClient.get(c), 0, all, at, (int) counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(total, Arrays.stream(failures).sum(), firstFailure.get(), elapsed, all);
  }
}
