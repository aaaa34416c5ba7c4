package dev.taiwa.service.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service started as an operator starts it: {@code dev.taiwa.service.Application} in a JVM of
 * its own, configured only by environment variables (the parent's {@code TAIWA_*} variables are
 * dropped), in a fresh working directory. For tests of the documented settings and of start-up
 * refusals.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private final Path directory;
  private final int port;
  private final String host;

  private ServiceProcess(
      Process process, Path stdout, Path stderr, Path directory, String host, int port) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.directory = directory;
    this.host = host;
    this.port = port;
  }

  /** A free TCP port on this machine, for {@code TAIWA_PORT}. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Launches the service with {@code environment} (plus {@code TAIWA_PORT} on a free port unless
   * given); returns once it logged "Startup completed" or exited.
   */
  public static ServiceProcess start(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    env.putIfAbsent("TAIWA_PORT", Integer.toString(freePort()));
    env.putIfAbsent("TAIWA_HOST", "127.0.0.1");
    ServiceProcess started = launch(env);
    started.awaitStartOrExit();
    return started;
  }

  private static ServiceProcess launch(Map<String, String> env) {
    try {
      Path directory = Files.createTempDirectory("taiwa-process-");
      Path out = directory.resolve("stdout.log");
      Path err = directory.resolve("stderr.log");
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> command = new ArrayList<>();
      command.add(java);
      command.add("-Xmx256m");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("dev.taiwa.service.Application");
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("TAIWA_"));
      builder.environment().putAll(env);
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      return new ServiceProcess(
          builder.start(),
          out,
          err,
          directory,
          env.get("TAIWA_HOST"),
          Integer.parseInt(env.getOrDefault("TAIWA_PORT", "8080")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitStartOrExit() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (stdout().contains("Startup completed") || !process.isAlive()) {
        return;
      }
      sleep(100);
    }
    close();
    throw new IllegalStateException("the service did not start in time:\n" + stdout() + stderr());
  }

  /** Waits for the process to end (it refused to start, say); returns its exit status. */
  public int awaitExit() {
    try {
      if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        close();
        throw new IllegalStateException("the service did not exit:\n" + stdout() + stderr());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** {@code http://host:port} of the running service. */
  public String url() {
    return "http://" + host + ":" + port;
  }

  public int port() {
    return port;
  }

  /** The working directory the service was started in (its relative paths resolve here). */
  public Path directory() {
    return directory;
  }

  public String stdout() {
    return read(stdout);
  }

  public String stderr() {
    return read(stderr);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Ends the service at once (SIGKILL), as a crash or a pulled plug would: no shutdown hook, no
   * bean's {@code @PreDestroy} runs.
   */
  public void kill() {
    try {
      process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
