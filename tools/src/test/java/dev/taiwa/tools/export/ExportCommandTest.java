package dev.taiwa.tools.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.ScreeningOutcome;
import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taiwa export} after an import, as the accounts that may read the cases. */
class ExportCommandTest {
  private static final java.time.LocalDate FILED = JapanTime.dateOf(Instant.now()).minusDays(7);
  private static final String NUMBER = FILED.getYear() + "-000007";

  @TempDir Path directory;

  private ToolsWorld world;

  @BeforeEach
  void threeImportedPreReportsAndOneSecretPatentApplication() throws IOException {
    world = new ToolsWorld(directory);
    String planned = JapanTime.dateOf(Instant.now()).plusDays(90).toString();
    Path json = directory.resolve("in.json");
    StringBuilder rows = new StringBuilder("[");
    for (int i = 0; i < 3; i++) {
      rows.append(i == 0 ? "" : ",")
          .append(
              """
              {"importKey": "K%d", "contact": {"name": "田中", "email": "t@sakura.example.jp"},
               "technologyNumbers": [1], "transactionType": "LICENSING",
               "counterparty": {"nameOriginal": "华东", "nameRomanised": "Huadong",
                 "countryCode": "CN", "relationship": "UNRELATED"},
               "plannedDate": "%s", "plannedDateKind": "CONTRACT",
               "technologyDescription": "一行目\\n二行目, \\"引用\\"", "submit": %b}
              """
                  .formatted(i, planned, i > 0));
    }
    Files.writeString(json, rows.append("]").toString());
    assertEquals(0, world.run("import", "prereports", json.toString(), "--as", "filer").exitCode());
    Path patent = directory.resolve("patent.csv");
    // Filed a week ago, so that first screening (3 months, ESPA Art. 66) can still send it.
    Files.writeString(
        patent,
        "applicationNumber,filingDate,applicants,title,abstractText,route\r\n"
            + NUMBER
            + ","
            + FILED
            + ","
            + ToolsWorld.COMPANY
            + ",秘匿される発明,要約,DIRECT\r\n");
    assertEquals(
        0, world.run("import", "patents", patent.toString(), "--as", "examiner").exitCode());
    world.withContext(
        context -> {
          Actor examiner = ToolsWorld.actor(context, "examiner");
          CaseId id = CaseId.parse(onlyPatentId());
          return context
              .getBean(PatentCommands.class)
              .decideScreening(
                  examiner, id, null, ScreeningOutcome.SEND_TO_REVIEW, List.of(1), "分野(1)");
        });
  }

  private String onlyPatentId() {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + world.file());
        var result =
            connection.createStatement().executeQuery("SELECT id FROM patent_application")) {
      result.next();
      return result.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void csvIsExcelsUtf8WithBomAndCrlfOneRowPerCaseWithEmbeddedNewlinesQuoted() throws IOException {
    Path out = directory.resolve("out.csv");

    Run run = world.run("export", "prereports", "--out", out.toString(), "--as", "filer");

    assertEquals(0, run.exitCode(), run.both());
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFid,reference,state,"), text);
    assertTrue(text.contains("\r\n"), "CRLF record ends");
    assertTrue(text.contains("\"一行目\n二行目, \"\"引用\"\"\""), text);
    assertTrue(text.contains(",meetings.count,meetings,concerns.count,"), text);
    assertEquals(4, text.split("\r\n").length, "header and three cases: " + text);
  }

  @Test
  void filtersByStateAndSinceLikeTheGraphqlList() {
    Run submitted = world.run("export", "prereports", "--state", "SUBMITTED", "--as", "officer");
    Run tomorrow =
        world.run(
            "export",
            "prereports",
            "--since",
            JapanTime.dateOf(Instant.now()).plusDays(1).toString(),
            "--as",
            "filer");

    assertEquals(3, submitted.out().split("\r\n").length, submitted.both());
    assertFalse(submitted.out().contains("DRAFT"), "officers see no drafts");
    assertEquals(1, tomorrow.out().split("\r\n").length, tomorrow.both());
  }

  @Test
  void secretContentGoesOnlyToANeedToKnowReaderAndEachReadIsAudited() throws IOException {
    long readsBefore =
        world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SECRET_CONTENT_READ'");

    Run assigned = world.run("export", "patents", "--format", "json", "--as", "examiner");
    Run other = world.run("export", "patents", "--format", "json", "--as", "examiner2");

    JsonNode mine = new ObjectMapper().readTree(assigned.out()).get(0).get("patentApplication");
    JsonNode theirs = new ObjectMapper().readTree(other.out()).get(0).get("patentApplication");
    assertEquals("秘匿される発明", mine.get("title").asText(), assigned.both());
    assertFalse(mine.get("secretWithheld").asBoolean());
    assertTrue(theirs.get("secretWithheld").asBoolean(), other.both());
    assertTrue(theirs.get("title").isNull());
    assertTrue(theirs.get("filingDate").isNull());
    assertEquals(NUMBER, theirs.get("applicationNumber").asText());
    assertEquals(
        readsBefore + 1,
        world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SECRET_CONTENT_READ'"));
  }

  @Test
  void patentsComeWithTheirDeadlines() throws IOException {
    Run run = world.run("export", "patents", "--format", "json", "--as", "examiner");

    JsonNode exported = new ObjectMapper().readTree(run.out()).get(0);
    JsonNode deadlines = exported.get("deadlines");
    List<String> subjects = new java.util.ArrayList<>();
    deadlines.forEach(d -> subjects.add(d.get("subject").asText()));
    assertTrue(subjects.contains("screening"), run.both());
    assertTrue(exported.get("designation").isNull(), "never designated: " + run.out());
  }

  /** Issue 13, leak 1: a withheld application's dates, through the export's deadlines. */
  @Test
  void aWithheldApplicationExportsNoDeadlineToAnExaminerWithoutNeedToKnow() throws IOException {
    Run other = world.run("export", "patents", "--format", "json", "--as", "examiner2");
    Run csv = world.run("export", "patents", "--as", "examiner2");

    JsonNode theirs = new ObjectMapper().readTree(other.out()).get(0);
    assertTrue(theirs.get("patentApplication").get("secretWithheld").asBoolean(), other.both());
    assertEquals(0, theirs.get("deadlines").size(), other.both());
    assertTrue(theirs.get("designation").isNull(), other.both());
    assertFalse(csv.out().contains("screening ("), csv.both());
    assertFalse(csv.out().contains("2025-09-02"), "the screening due date: " + csv.both());
  }

  @Test
  void patentsRefuseTheFiltersTheirListDoesNotHaveRatherThanIgnoringThem() {
    Run technology = world.run("export", "patents", "--technology", "1", "--as", "examiner");
    Run applicant =
        world.run("export", "patents", "--organisation", ToolsWorld.COMPANY, "--as", "examiner");

    for (Run run : List.of(technology, applicant)) {
      assertEquals(2, run.exitCode(), run.both());
      assertTrue(
          run.err().startsWith("error: export patents takes --state and --since"), run.err());
      assertEquals("", run.out());
    }
  }
}
