package dev.taiwa.tools.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taiwa.cases.dialogue.application.CompanyQueryCommands;
import dev.taiwa.cases.dialogue.application.DialogueCommands;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingPlan;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.inform.application.InformCommands;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.outcome.application.CaseConclusions;
import dev.taiwa.cases.outcome.model.LicenceDecision;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taiwa export prereports} of a case taken through the whole dialogue track by the use cases
 * (review, a meeting held, a query to the company, a concern, an inform with a proposed condition,
 * the licence application and a grant with conditions), read back as its filer and as the dialogue
 * officer.
 */
class ExportDialogueTrackTest {
  private static final String CONCERN_INFORMATION = "内部でのみ扱う懸念情報";
  private static final String INTERNAL_NOTE = "省内メモ：相手方の調達網";

  @TempDir Path directory;

  private ToolsWorld world;

  @BeforeEach
  void aPreReportGrantedWithConditionsAfterAnInform() throws IOException {
    world = new ToolsWorld(directory);
    String planned = JapanTime.dateOf(Instant.now()).plusDays(90).toString();
    Path json = directory.resolve("in.json");
    Files.writeString(
        json,
        """
        [{"importKey": "K1", "contact": {"name": "田中", "email": "t@sakura.example.jp"},
          "technologyNumbers": [1], "transactionType": "LICENSING",
          "counterparty": {"nameOriginal": "华东", "nameRomanised": "Huadong",
            "countryCode": "CN", "relationship": "UNRELATED"},
          "plannedDate": "%s", "plannedDateKind": "CONTRACT",
          "technologyDescription": "積層セラミックコンデンサの製造技術", "submit": true}]
        """
            .formatted(planned));
    assertEquals(0, world.run("import", "prereports", json.toString(), "--as", "filer").exitCode());
    CaseId id = CaseId.parse(onlyPreReportId());
    world.withContext(context -> throughTheDialogueTrack(context, id));
  }

  private Void throughTheDialogueTrack(ApplicationContext context, CaseId id) {
    Actor officer = ToolsWorld.actor(context, "officer");
    Actor filer = ToolsWorld.actor(context, "filer");
    DialogueCommands dialogue = context.getBean(DialogueCommands.class);
    InformCommands informs = context.getBean(InformCommands.class);
    ok(context.getBean(PreReportCommands.class).startReview(officer, id, null));
    Meeting meeting =
        ok(
            dialogue.scheduleMeeting(
                officer,
                id,
                new MeetingPlan(
                    Instant.now().plus(1, ChronoUnit.DAYS),
                    "経済産業省 本館",
                    null,
                    List.of(officer.userId()),
                    List.of(),
                    List.of(new Note(INTERNAL_NOTE, Visibility.INTERNAL)))));
    ok(dialogue.recordMeetingHeld(officer, meeting.id(), null, List.of(), List.of()));
    ok(context.getBean(CompanyQueryCommands.class).ask(officer, id, "最終需要者を示してください", 14));
    Concern concern =
        ok(
            dialogue.raiseConcern(
                officer,
                id,
                ConcernCategory.END_USE,
                Severity.MEDIUM,
                "軍事転用の恐れ",
                CONCERN_INFORMATION));
    ok(informs.issue(officer, id, null, List.of(concern.id()), List.of("再移転の禁止"), "許可申請を要する"));
    LocalDate today = JapanTime.dateOf(Instant.now());
    ok(
        informs.applyForLicence(
            filer, id, null, "SKR-2026-01", today, List.of(new ConditionResponse(0, true, null))));
    ok(
        context
            .getBean(CaseConclusions.class)
            .decideLicence(
                officer,
                id,
                null,
                LicenceDecision.GRANTED_WITH_CONDITIONS,
                List.of("再移転の禁止"),
                "条件付きで許可"));
    return null;
  }

  private static <T> T ok(Result<T> result) {
    assertTrue(result.accepted(), result.errors().toString());
    return result.value().orElseThrow();
  }

  private String onlyPreReportId() {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + world.file());
        var result = connection.createStatement().executeQuery("SELECT id FROM pre_report")) {
      result.next();
      return result.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode exportedJson(String operator) throws IOException {
    Run run = world.run("export", "prereports", "--format", "json", "--as", operator);
    assertEquals(0, run.exitCode(), run.both());
    JsonNode cases = new ObjectMapper().readTree(run.out());
    assertEquals(1, cases.size(), run.out());
    return cases.get(0);
  }

  @Test
  void jsonHasTheQueryTheInformsConditionsTheApplicationTheOutcomeAndTheDeadlines()
      throws IOException {
    JsonNode exported = exportedJson("officer");

    assertEquals("最終需要者を示してください", exported.at("/queries/0/question").asText());
    JsonNode inform = exported.get("inform");
    assertEquals("再移転の禁止", inform.at("/proposedConditions/0").asText(), inform.toString());
    assertEquals("軍事転用の恐れ", inform.at("/citedConcerns/0/description").asText());
    String due = inform.get("applicationDue").asText();
    assertEquals("SKR-2026-01", exported.at("/licenceApplication/companyReference").asText());
    assertTrue(exported.at("/licenceApplication/responses/0/accepted").asBoolean());
    assertEquals("LICENCE_GRANTED_WITH_CONDITIONS", exported.at("/outcome/type").asText());
    assertEquals("再移転の禁止", exported.at("/outcome/items/0").asText());
    JsonNode applicationDeadline = null;
    for (JsonNode deadline : exported.get("deadlines")) {
      if (deadline.get("subject").asText().equals("inform")) {
        applicationDeadline = deadline;
      }
    }
    assertTrue(applicationDeadline != null, exported.get("deadlines").toString());
    assertEquals(due, applicationDeadline.get("due").asText());
    assertEquals("MET", applicationDeadline.get("status").asText());
  }

  @Test
  void csvHasTheSameInOneRowWithAColumnPerPart() {
    Run run = world.run("export", "prereports", "--as", "officer");

    assertEquals(0, run.exitCode(), run.both());
    String[] records = run.out().split("\r\n");
    assertEquals(2, records.length, run.out());
    for (String column :
        List.of(
            "queries.count",
            "inform.proposedConditions",
            "inform.applicationDue",
            "licenceApplication.responses",
            "outcome.type",
            "outcome.items",
            "deadlines")) {
      assertTrue(records[0].contains(column), records[0]);
    }
    assertTrue(records[1].contains("再移転の禁止"), records[1]);
    assertTrue(records[1].contains("LICENCE_GRANTED_WITH_CONDITIONS"), records[1]);
    assertTrue(records[1].contains("inform (inform.licenceApplicationDays) "), records[1]);
    assertTrue(records[1].contains("1: ACCEPTED"), records[1]);
  }

  @Test
  void theCompanysFilerGetsTheWholeChainButNoInternalContent() throws IOException {
    JsonNode officers = exportedJson("officer");
    Run filersCsv = world.run("export", "prereports", "--as", "filer");
    JsonNode filers = exportedJson("filer");

    assertEquals(
        CONCERN_INFORMATION, officers.at("/inform/citedConcerns/0/concernInformation").asText());
    assertTrue(officers.toString().contains(INTERNAL_NOTE), "officials read internal notes");
    assertEquals("軍事転用の恐れ", filers.at("/inform/citedConcerns/0/description").asText());
    assertTrue(filers.at("/inform/citedConcerns/0/concernInformation").isNull(), filers.toString());
    assertFalse(filers.toString().contains(CONCERN_INFORMATION), filers.toString());
    assertFalse(filers.toString().contains(INTERNAL_NOTE), filers.toString());
    assertFalse(filersCsv.out().contains(CONCERN_INFORMATION), filersCsv.out());
    assertFalse(filersCsv.out().contains(INTERNAL_NOTE), filersCsv.out());
    assertEquals("LICENCE_GRANTED_WITH_CONDITIONS", filers.at("/outcome/type").asText());
    assertEquals("最終需要者を示してください", filers.at("/queries/0/question").asText());
  }
}
