package dev.taiwa.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.taiwa.service.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's training run for the class-data archive (service/pom.xml runs it on every package):
 * it must serve and end by itself, and leave nothing behind, whatever database the machine that
 * builds is configured for.
 */
class TrainingRunTest {

  @Test
  void servesOnAThrowAwayDatabaseThenExitsLeavingNothingBehind(@TempDir Path folder)
      throws Exception {
    assumeFalse(
        TestDatabase.isPostgres(), "the run's database is its own SQLite file: once is enough");
    Path temporary = Files.createDirectories(folder.resolve("tmp"));
    Path working = Files.createDirectories(folder.resolve("work"));
    Path output = folder.resolve("output.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + temporary,
                "-D" + TrainingRun.SWITCH + "=true",
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName())
            .directory(working.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TAIWA_"));
    // a machine configured for a server it cannot reach: the training run must not use it
    builder.environment().put("TAIWA_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/unreachable");
    builder.environment().put("TAIWA_MODE", "production");
    Process process = builder.start();
    boolean ended = process.waitFor(3, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String log = Files.readString(output);

    assertTrue(ended, () -> "the training run did not end by itself:\n" + log);
    assertEquals(0, process.exitValue(), () -> "the training run failed:\n" + log);
    assertTrue(log.contains("Ready"), () -> "the training run did not serve:\n" + log);
    try (Stream<Path> left = Files.list(temporary)) {
      assertEquals(
          List.of(),
          left.filter(path -> path.getFileName().toString().startsWith("taiwa-training-"))
              .toList());
    }
    try (Stream<Path> left = Files.list(working)) {
      assertEquals(List.of(), left.toList(), "nothing written where the build runs it");
    }
  }
}
