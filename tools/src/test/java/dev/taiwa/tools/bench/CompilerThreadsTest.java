package dev.taiwa.tools.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark finds a JVM's JIT compiler threads and what they have used. */
class CompilerThreadsTest {
  @Test
  void thisJvmsCompilersHaveUsedCpuTime() {
    // JUnit's start alone has this JVM compile hundreds of methods.
    double seconds = CompilerThreads.ofThisJvm().cpuSeconds();

    assertTrue(seconds > 0, "compiler CPU seconds: " + seconds);
  }

  @Test
  void aProcessThatDoesNotExistHasNone() {
    assertTrue(Double.isNaN(CompilerThreads.of(Long.MAX_VALUE).cpuSeconds()));
  }
}
