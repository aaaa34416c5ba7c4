package dev.taiwa.tools.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures the service's memory with the JVM options of the README's first command:
 * the two must not drift apart.
 */
class ServiceProcessTest {

  @Test
  void theReadmesFirstCommandStartsTheServiceWithTheOptionsTheBenchmarkMeasures() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String first =
        readme
            .lines()
            .filter(
                line -> line.contains("java ") && line.contains("service-0.1.0-SNAPSHOT-all.jar"))
            .findFirst()
            .orElseThrow();
    String options = String.join(" ", ServiceProcess.README_OPTIONS);
    assertTrue(
        first.contains("java " + options + " -jar service/target/service-0.1.0-SNAPSHOT-all.jar"),
        () -> "README's first command: " + first + "\nbenchmark's options: " + options);
  }
}
