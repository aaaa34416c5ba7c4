package dev.taiwa.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A warm-up lasts while the JIT compilers are busy, and no longer than it may. */
class LoadRunTest {
  private final AtomicInteger runs = new AtomicInteger();
  private final Workload.Unit unit = (client, n) -> runs.incrementAndGet();

  /**
   * Compiler CPU seconds that grow by {@code perReading} at each of the first {@code busy} reads.
   */
  private static java.util.function.DoubleSupplier compilers(int busy, double perReading) {
    AtomicInteger reads = new AtomicInteger();
    return () -> perReading * Math.min(reads.incrementAndGet(), busy + 1);
  }

  @Test
  void quietCompilersEndTheWarmUpAtItsLength() throws Exception {
    LoadRun.WarmUp warmedUp = LoadRun.warmUp(unit, 1, 0.2, 240, () -> 3.0);

    assertEquals(0.2, warmedUp.seconds(), 1e-9);
    assertTrue(warmedUp.settled());
    assertTrue(runs.get() > 0, "the unit ran");
  }

  @Test
  void busyCompilersMakeItGoOnASliceAtATimeUntilTheyAreQuiet() throws Exception {
    // Busy through the warm-up proper (a core's worth), quiet during the slice after it.
    LoadRun.WarmUp warmedUp = LoadRun.warmUp(unit, 1, 0.2, 240, compilers(1, 1.0));

    assertEquals(0.2 + LoadRun.SLICE_SECONDS, warmedUp.seconds(), 1e-9);
    assertTrue(warmedUp.settled());
  }

  @Test
  void aWarmUpNeverGoesBeyondTheLongest() throws Exception {
    LoadRun.WarmUp warmedUp = LoadRun.warmUp(unit, 1, 0.2, 0.2, compilers(100, 1.0));

    assertEquals(0.2, warmedUp.seconds(), 1e-9);
    assertFalse(warmedUp.settled(), "said to be still busy");
  }
}
