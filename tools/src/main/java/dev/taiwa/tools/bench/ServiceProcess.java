package dev.taiwa.tools.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own, started as the README's first command starts it (its runnable
 * jar, {@link #SERVICE_JAR}, with its JVM options, {@link #README_OPTIONS}, class-data archive
 * included, and environment, {@link #README_ENVIRONMENT}), so that its start and resident memory
 * are the service's alone: the benchmark's in-process run shares one JVM with the load generator.
 * Run the benchmark from the repository's root after {@code mvn package}; the service's output goes
 * to {@code service.log} in the working folder.
 */
final class ServiceProcess implements AutoCloseable {
  /** The runnable jar the README's first command starts, from the repository's root. */
  static final String SERVICE_JAR = "service/target/service-0.1.0-SNAPSHOT-all.jar";

  /**
   * The JVM options of the README's first command (keep the two equal), the class-data archive the
   * build makes beside the jar last.
   */
  static final List<String> README_OPTIONS =
      List.of(
          "-Xmx128m",
          "-Xss512k",
          "-XX:+UseSerialGC",
          "-XX:TrimNativeHeapInterval=5000",
          "-XX:SharedArchiveFile=service/target/taiwa.jsa");

  /**
   * The environment the README's first command sets before {@code java} (keep the two equal): at
   * most two glibc malloc arenas instead of eight per core, whatever the number of threads. A
   * variable the benchmark itself was started with wins, to compare another value.
   */
  static final Map<String, String> README_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
  private static final int CLOCK_TICKS = 100;

  private final Process process;
  private final URI base;
  private final double readySeconds;
  private final double readyCpuSeconds;

  private ServiceProcess(Process process, URI base, double readySeconds, double readyCpuSeconds) {
    this.process = process;
    this.base = base;
    this.readySeconds = readySeconds;
    this.readyCpuSeconds = readyCpuSeconds;
  }

  /**
   * Starts the service on the database of {@code properties} (as {@code -D} settings) on a free
   * port, and waits until {@code /health} answers.
   */
  static ServiceProcess start(List<String> jvmOptions, Map<String, Object> properties, Path log)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    properties.forEach(
        (key, value) -> {
          if (!key.equals("taiwa.database.password")) {
            command.add("-D" + key + "=" + value);
          }
        });
    command.add("-Dmicronaut.server.port=" + port);
    command.add("-Dmicronaut.server.host=127.0.0.1");
    command.add("-Dtaiwa.demo-data=false");
    if (!Files.isRegularFile(Path.of(SERVICE_JAR))) {
      throw new IllegalStateException(
          "no "
              + SERVICE_JAR
              + " here: run the benchmark from the repository's root after mvn package");
    }
    command.add("-jar");
    command.add(SERVICE_JAR);
    Files.deleteIfExists(log);
    long starting = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command);
    README_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
    if (properties.get("taiwa.database.password") != null) {
      // in the environment, not on the command line that every user of the machine can list
      builder
          .environment()
          .put("TAIWA_DATABASE_PASSWORD", properties.get("taiwa.database.password").toString());
    }
    Process process =
        builder
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    URI base = URI.create("http://127.0.0.1:" + port);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).GET().build();
    long deadline = starting + TimeUnit.MINUTES.toNanos(3);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the service process ended with status " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the service process was not ready in 3 min; see " + log);
      }
      Thread.sleep(20);
    }
    double ready = (System.nanoTime() - starting) / 1e9;
    return new ServiceProcess(process, base, ready, cpuSeconds(process.pid()));
  }

  /** The CPU time (user and system) the process has used so far, from {@code /proc/<pid>/stat}. */
  private static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields from the state (3rd field of the line) on: utime is the 14th field, stime the 15th
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
  }

  /** The CPU time (user and system) the service's JVM has used so far, seconds. */
  double cpuSeconds() throws IOException {
    return cpuSeconds(process.pid());
  }

  /** The service JVM's process id. */
  long pid() {
    return process.pid();
  }

  URI uri() {
    return base;
  }

  /** From starting the JVM until {@code /health} answered. */
  double readySeconds() {
    return readySeconds;
  }

  /**
   * The CPU time the service's JVM used until {@code /health} answered: steadier than the wall time
   * on a machine shared with other work.
   */
  double readyCpuSeconds() {
    return readyCpuSeconds;
  }

  /** The process's resident memory now ({@code VmRSS}) and at most so far ({@code VmHWM}), MB. */
  double[] residentMegabytes() throws IOException {
    double now = Double.NaN;
    double peak = Double.NaN;
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        now = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      } else if (line.startsWith("VmHWM:")) {
        peak = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return new double[] {now, peak};
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
