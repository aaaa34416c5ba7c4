package dev.taiwa.tools.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.ScreeningOutcome;
import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copied database file and a backup ({@code taiwa backup}) taken while secret applications exist
 * hold none of their titles, abstracts or claims in plain text; {@code taiwa content-key rotate}
 * moves every value to a new key, after which the old key is no longer needed.
 */
class ContentAtRestTest {
  private static final List<String> SECRETS =
      List.of(
          "秘密の極超音速誘導装置", "弾道を補正する秘密の要約", "秘密の請求項：誘導装置", "もう一つの秘密の発明", "二つ目の秘密の要約", "二つ目の秘密の請求項");

  @TempDir Path directory;
  private ToolsWorld world;

  @BeforeEach
  void twoSecretApplications() throws IOException {
    world = new ToolsWorld(directory);
    Path patents = directory.resolve("patents.csv");
    Files.writeString(
        patents,
        "applicationNumber,filingDate,applicants,title,abstractText,claims,route\r\n"
            + "2025-000011,2025-06-02,"
            + ToolsWorld.COMPANY
            + ","
            + String.join(",", SECRETS.subList(0, 3))
            + ",DIRECT\r\n"
            + "2025-000012,2025-06-03,"
            + ToolsWorld.COMPANY
            + ","
            + String.join(",", SECRETS.subList(3, 6))
            + ",DIRECT\r\n");
    Run imported = world.run("import", "patents", patents.toString(), "--as", "examiner");
    assertEquals(0, imported.exitCode(), imported.both());
    for (String id : ids()) {
      world.withContext(
          context -> {
            Actor examiner = ToolsWorld.actor(context, "examiner");
            return context
                .getBean(PatentCommands.class)
                .decideScreening(
                    examiner,
                    CaseId.parse(id),
                    null,
                    ScreeningOutcome.SEND_TO_REVIEW,
                    List.of(1),
                    "分野(1)");
          });
    }
  }

  @Test
  void theDatabaseFileAndABackupHoldNoTitleAbstractOrClaimsInPlainText() throws IOException {
    Path backup = directory.resolve("backup.db");
    Path copy = directory.resolve("copied.db");
    Files.copy(world.file(), copy);

    Run run = world.run("backup", backup.toString());

    assertEquals(0, run.exitCode(), run.both());
    List<Path> files = new ArrayList<>(List.of(world.file(), copy, backup));
    Path wal = Path.of(world.file() + "-wal");
    if (Files.exists(wal)) {
      files.add(wal);
    }
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (String secret : SECRETS) {
        assertFalse(
            indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8)) >= 0,
            secret + " in plain text in " + file);
      }
    }
    assertTrue(
        indexOf(Files.readAllBytes(backup), "enc:v1:".getBytes(StandardCharsets.US_ASCII)) >= 0);
    Run export = world.run("export", "patents", "--format", "json", "--as", "examiner");
    assertTrue(export.out().contains(SECRETS.get(0)), "the assigned examiner reads it");
  }

  @Test
  void rotationMovesEveryValueToTheNewKeyAndTheOldOneCanThenBeDropped() {
    Run before = world.run("content-key", "status");
    assertEquals(0, before.exitCode(), before.both());

    String newKey = randomKey();
    world.set("taiwa.content-key.current", newKey);
    world.set("taiwa.content-key.previous", developmentKey());

    Run stale = world.run("content-key", "status");
    assertEquals(1, stale.exitCode(), "values under the previous key: " + stale.both());
    Run rotated = world.run("content-key", "rotate");
    assertEquals(0, rotated.exitCode(), rotated.both());
    assertTrue(rotated.out().startsWith("Re-encrypted 6 values"), rotated.out());

    world.set("taiwa.content-key.previous", "");
    Run after = world.run("content-key", "status");
    assertEquals(0, after.exitCode(), after.both());
    Run export = world.run("export", "patents", "--format", "json", "--as", "examiner");
    assertEquals(0, export.exitCode(), export.both());
    assertTrue(export.out().contains(SECRETS.get(0)), export.both());
  }

  @Test
  void withoutTheKeyThatEncryptedItContentDoesNotRead() {
    world.set("taiwa.content-key.current", randomKey());

    Run export = world.run("export", "patents", "--format", "json", "--as", "examiner");

    assertEquals(2, export.exitCode(), export.both());
    assertTrue(export.err().contains("TAIWA_CONTENT_PREVIOUS_KEYS"), export.err());
  }

  private static String developmentKey() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  "taiwa development content key: public, protects nothing"
                      .getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + world.file());
        var result =
            connection.createStatement().executeQuery("SELECT id FROM patent_application")) {
      while (result.next()) {
        ids.add(result.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
