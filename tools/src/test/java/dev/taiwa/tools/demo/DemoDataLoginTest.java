package dev.taiwa.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.EnvironmentVariables;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolsWorld.Run;
import dev.taiwa.tools.backup.SqliteFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taiwa demo-data --password-env NAME}: the generated officials and filers log in with the
 * password held in that variable (checked by the login use case, as {@code POST /login} does), and
 * a weak or missing one is refused before anything is written.
 */
class DemoDataLoginTest {
  private static final String PASSWORD = "demo password 2026";

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("data").resolve("taiwa.db");
  }

  private Run run(Map<String, String> environment, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TaiwaCommand.execute(
            args,
            Map.of("taiwa.database.file", file().toString()),
            EnvironmentVariables.of(environment),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyGeneratedAccountLogsInWithThePasswordOfTheVariable() throws IOException {
    Run made =
        run(
            Map.of("DEMO_PASSWORD", PASSWORD),
            "",
            "demo-data",
            "--cases",
            "30",
            "--password-env",
            "DEMO_PASSWORD");
    assertEquals(0, made.exitCode(), made.both());
    Path csv = directory.resolve("one.csv");
    Files.writeString(
        csv,
        "importKey,contact.name,contact.email,technologyNumbers,transactionType,"
            + "counterparty.nameOriginal,counterparty.nameRomanised,counterparty.countryCode,"
            + "counterparty.relationship,"
            + "plannedDate,plannedDateKind,technologyDescription,submit\n"
            + "K1,田中,t@example.co.jp,1,CONTRACT_MANUFACTURING,华东精密,Huadong,CN,UNRELATED,"
            + LocalDate.now().plusDays(120)
            + ",CONTRACT,製造技術,true\n");

    Run filer =
        run(
            Map.of(),
            PASSWORD + "\n",
            "import",
            "prereports",
            csv.toString(),
            "--as",
            "demo-filer-1",
            "--password-stdin");
    Run officer =
        run(
            Map.of(),
            PASSWORD + "\n",
            "export",
            "prereports",
            "--as",
            "demo-officer",
            "--password-stdin");
    Run wrong =
        run(
            Map.of(),
            "not the password\n",
            "export",
            "patents",
            "--as",
            "demo-examiner",
            "--password-stdin");

    assertEquals(0, filer.exitCode(), filer.both());
    assertTrue(filer.out().contains("Imported 1 cases"), filer.out());
    assertEquals(0, officer.exitCode(), officer.both());
    assertTrue(officer.out().contains("华东精密"), "the officer sees the submitted report");
    assertEquals(2, wrong.exitCode(), wrong.both());
    assertTrue(wrong.err().contains("do not match"), wrong.err());
  }

  @Test
  void aShortPasswordIsRefusedAndNothingIsWritten() throws SQLException {
    Run refused =
        run(
            Map.of("DEMO_PASSWORD", "short"),
            "",
            "demo-data",
            "--cases",
            "10",
            "--password-env",
            "DEMO_PASSWORD");

    assertEquals(2, refused.exitCode(), refused.both());
    assertTrue(refused.err().contains("at least 12"), refused.err());
    assertEquals(0, SqliteFiles.count(file(), "SELECT COUNT(*) FROM user_account"));
    assertEquals(0, SqliteFiles.count(file(), "SELECT COUNT(*) FROM pre_report"));
  }

  @Test
  void aVariableThatIsNotSetIsRefused() {
    Run refused =
        run(Map.of(), "", "demo-data", "--cases", "10", "--password-env", "DEMO_PASSWORD");

    assertEquals(2, refused.exitCode(), refused.both());
    assertTrue(refused.err().contains("DEMO_PASSWORD is not set"), refused.err());
  }
}
