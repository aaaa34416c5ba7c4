package dev.taiwa.tools.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of a JVM's JIT compiler threads (HotSpot names them {@code C1 CompilerThreadN} and
 * {@code C2 CompilerThreadN}), read from {@code /proc/<pid>/task}: a warm-up goes on until they are
 * nearly idle, so that a measured run counts the service's work and not its compilation.
 */
final class CompilerThreads {
  /** Clock ticks per second of {@code /proc/<pid>/task/<tid>/stat} (USER_HZ, 100 on Linux). */
  private static final int CLOCK_TICKS = 100;

  private final long pid;

  private CompilerThreads(long pid) {
    this.pid = pid;
  }

  /** Those of the process {@code pid}. */
  static CompilerThreads of(long pid) {
    return new CompilerThreads(pid);
  }

  /** Those of this JVM. */
  static CompilerThreads ofThisJvm() {
    return of(ProcessHandle.current().pid());
  }

  /**
   * Their CPU time so far (user and system), seconds; NaN where {@code /proc} cannot be read. A
   * compiler thread that ended took its time with it (HotSpot ends idle ones), which only makes the
   * compilers look quieter for a moment.
   */
  double cpuSeconds() {
    long ticks = 0;
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks) {
        ticks += compilerTicks(task);
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return ticks / (double) CLOCK_TICKS;
  }

  private static long compilerTicks(Path task) {
    try {
      String name = Files.readString(task.resolve("comm")).strip();
      if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
        return 0;
      }
      String stat = Files.readString(task.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields from the state (3rd field of the line) on: utime is the 14th field, stime the 15th
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0; // the thread ended meanwhile
    }
  }
}
