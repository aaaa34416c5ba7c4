package dev.taiwa.service.persistence.outcome;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.dialogue.model.Attachment;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.QueryAnswer;
import dev.taiwa.cases.dialogue.port.CompanyQueries;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.inform.port.Informs;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.Outcomes;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ports of queries, informs, licence applications and outcomes give back exactly what they were
 * handed, on both databases; a query changed since it was read is a conflict.
 */
@MicronautTest(transactional = false, startApplication = false)
class DialogueOutcomeContractTest extends DatabaseTest {
  private static final Instant AT = Instant.parse("2026-11-02T01:00:00Z");

  @Inject CompanyQueries queries;
  @Inject Informs informs;
  @Inject Outcomes outcomes;
  @Inject PreReports preReports;
  @Inject Organisations organisations;
  @Inject UserAccounts users;

  private PreReport aStoredCase(UserAccount filer) {
    PreReport report = aPreReport(filer).state(PreReportState.IN_DIALOGUE).build();
    preReports.insert(report);
    return report;
  }

  @Test
  void aQueryComesBackAskedThenAnsweredWithItsAttachmentsAndAStaleVersionConflicts() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport report = aStoredCase(filer);
    CompanyQuery asked =
        CompanyQuery.asked(
            UUID.randomUUID(),
            report.id(),
            "出荷先一覧を提出してください",
            10,
            LocalDate.of(2026, 11, 12),
            filer.id(),
            AT);
    queries.insert(asked);
    assertEquals(asked, queries.find(asked.id()).orElseThrow());

    CompanyQuery answered =
        asked.answered(
            new QueryAnswer(
                "添付します",
                List.of(
                    new Attachment("契約書案.pdf", "application/pdf", 5_000_000_000L, "a".repeat(64)),
                    new Attachment("𠮷田.xlsx", "application/vnd.ms-excel", 0, "b".repeat(64))),
                filer.id(),
                AT.plusSeconds(3600)));
    queries.update(answered);
    CompanyQuery stored = queries.find(asked.id()).orElseThrow();
    assertEquals(answered.answer(), stored.answer());
    assertEquals(2, stored.version());
    assertEquals(List.of(stored), queries.findByCases(List.of(report.id())));

    assertThrows(ConcurrentChangeException.class, () -> queries.update(asked.withdrawn("late")));
  }

  @Test
  void anInformAndItsLicenceApplicationComeBackInOrder() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport report = aStoredCase(filer);
    UUID second = UUID.randomUUID();
    UUID first = UUID.randomUUID();
    Inform inform =
        new Inform(
            UUID.randomUUID(),
            report.id(),
            InformRoute.UNRESOLVED_CONCERNS,
            List.of(second, first),
            List.of("再移転の禁止", "技術者の出向制限"),
            "懸念払拭せず",
            LocalDate.of(2026, 12, 2),
            filer.id(),
            AT);
    informs.insert(inform);
    LicenceApplication application =
        new LicenceApplication(
            report.id(),
            "ABC-1",
            LocalDate.of(2026, 11, 20),
            List.of(new ConditionResponse(0, true, null), new ConditionResponse(1, false, "広すぎる")),
            filer.id(),
            AT);
    informs.insert(application);

    assertEquals(inform, informs.informsOf(List.of(report.id())).get(report.id()));
    assertEquals(application, informs.applicationsOf(List.of(report.id())).get(report.id()));
  }

  @Test
  void anInformOnTheConditionsRouteComesBackWithItsRouteAndNoCitation() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport report = aStoredCase(filer);
    Inform inform =
        new Inform(
            UUID.randomUUID(),
            report.id(),
            InformRoute.CONDITIONS_EFFECTIVE,
            List.of(),
            List.of("再移転の禁止"),
            "許可条件を付することが有効との結論",
            LocalDate.of(2026, 12, 2),
            filer.id(),
            AT);
    informs.insert(inform);

    assertEquals(inform, informs.informsOf(List.of(report.id())).get(report.id()));
  }

  @Test
  void anOutcomeComesBackWithItsItemsAndACaseHasOnlyOne() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport report = aStoredCase(filer);
    Outcome outcome =
        new Outcome(
            report.id(),
            OutcomeType.CLOSED_MEASURES_AGREED,
            LocalDate.of(2026, 11, 2),
            "合意",
            List.of("出荷先の限定", "技術者出向の制限"),
            filer.id(),
            AT);
    outcomes.insert(outcome);

    assertEquals(outcome, outcomes.findByCases(List.of(report.id())).get(report.id()));
    assertTrue(outcomes.findByCases(List.of()).isEmpty());
    assertThrows(RuntimeException.class, () -> outcomes.insert(outcome));
  }
}
