package dev.taiwa.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's dataset: made once by {@code taiwa demo-data} in a child process (its own memory,
 * its own progress bar) and reused by later runs of the same size, which a marker file in the
 * working folder records together with the generated accounts' password.
 */
final class BenchDataset {
  static final String PASSWORD_VARIABLE = "TAIWA_BENCH_PASSWORD";

  private BenchDataset() {}

  /** Makes the dataset unless the folder holds one of {@code cases}; answers its password. */
  static String ensure(
      Path folder, int cases, Map<String, Object> database, boolean fresh, PrintWriter out)
      throws IOException, InterruptedException {
    Path marker = folder.resolve("dataset-" + cases + ".password");
    if (Files.exists(marker) && !fresh) {
      out.printf("Reusing the dataset of %,d cases in %s%n", cases, folder);
      return Files.readString(marker).strip();
    }
    String password = password();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(dev.taiwa.tools.TaiwaCommand.class.getName());
    command.addAll(
        List.of("demo-data", "--cases", "" + cases, "--password-env", PASSWORD_VARIABLE));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put(PASSWORD_VARIABLE, password);
    database.forEach(
        (key, value) ->
            builder
                .environment()
                .put(
                    "TAIWA_"
                        + key.substring("taiwa.".length())
                            .replace('.', '_')
                            .replace('-', '_')
                            .toUpperCase(java.util.Locale.ROOT),
                    value.toString()));
    out.printf("Making a dataset of %,d cases (taiwa demo-data)...%n", cases);
    out.flush();
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("taiwa demo-data ended with exit code " + exit);
    }
    Files.writeString(marker, password);
    try {
      Files.setPosixFilePermissions(marker, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions protect it
    }
    return password;
  }

  private static String password() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return "Bench-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
