package dev.taiwa.tools.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

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

  /** Runs {@code unit} unmeasured for {@code seconds}. */
  static void warmUp(Workload.Unit unit, int clients, double seconds) throws InterruptedException {
    measure(unit, clients, seconds, 1_000_000);
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
