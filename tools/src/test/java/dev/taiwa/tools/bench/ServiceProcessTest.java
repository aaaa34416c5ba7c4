package dev.taiwa.tools.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures the service's memory with the environment and JVM options of the README's
 * first command: the two must not drift apart.
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
    StringBuilder environment = new StringBuilder();
    ServiceProcess.README_ENVIRONMENT.forEach(
        (name, value) -> environment.append(name).append('=').append(value).append(' '));
    String options = String.join(" ", ServiceProcess.README_OPTIONS);
    String expected =
        "&& " + environment + "java " + options + " -jar " + ServiceProcess.SERVICE_JAR;
    assertTrue(
        first.contains(expected),
        () -> "README's first command: " + first + "\nbenchmark's: " + expected);
  }
}
