package dev.taiwa.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --help} as an operator types it, in a process of its own ({@code TaiwaCommand.main} exits
 * the JVM, so unflushed output would be lost): on any command it prints that command's help on
 * standard output, nothing on standard error, and exits 0.
 */
class CommandLineHelpTest {
  @TempDir Path directory;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--help",
        "-h",
        "verify-audit --help",
        "import --help",
        "export --help",
        "backup --help",
        "restore --help",
        "demo-data --help",
        "catalogue --help",
        "catalogue list --help",
        "catalogue add --help",
        "users --help",
        "users list --help",
        "users create --help",
        "users disable --help",
        "bench --help"
      })
  void helpPrintsTheCommandsUsageOnStandardOutputAndExitsZero(String arguments) throws Exception {
    Result result = taiwa(arguments.split(" "));

    assertEquals(0, result.exit(), result.toString());
    String command = arguments.replace("--help", "").replace("-h", "").strip();
    assertTrue(
        result.out().contains("Usage: taiwa" + (command.isEmpty() ? "" : " " + command)),
        result.toString());
    assertEquals("", result.err().strip(), result.toString());
  }

  private record Result(int exit, String out, String err) {}

  private Result taiwa(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TaiwaCommand.class.getName());
    command.addAll(List.of(arguments));
    Path out = directory.resolve("out.txt");
    Path err = directory.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("taiwa did not exit");
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
