package dev.taiwa.service.persistence.patent;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.SharingBusiness;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class PatentReviewRecordsContractTest extends DatabaseTest {
  private static final AtomicInteger SERIAL = new AtomicInteger(400000);
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00.123Z");

  @Inject PatentApplications applications;
  @Inject PatentReviewRecords records;
  @Inject Organisations organisations;
  @Inject UserAccounts users;

  private CaseId storedApplication(UserAccount examiner) {
    PatentApplication application =
        new PatentApplication(
            CaseId.random(),
            new ApplicationNumber("2025-" + SERIAL.incrementAndGet()),
            LocalDate.of(2025, 6, 2),
            List.of(examiner.organisationId()),
            true,
            "誘導装置",
            "要約",
            "請求項1",
            List.of(),
            FilingRoute.DIRECT,
            AdditionalRequirementFacts.none(),
            PatentState.DESIGNATED,
            null,
            examiner.id(),
            LocalDate.of(2025, 9, 2),
            List.of(3),
            "理由",
            AT,
            AT,
            1,
            true);
    applications.insert(application);
    return application.id();
  }

  @Test
  void recordsComeBackAsStoredInTheOrderMadeEvenWithinOneMillisecond() {
    UserAccount user = aStoredFiler(organisations, users);
    CaseId id = storedApplication(user);
    List<SharingBusiness> businesses =
        List.of(
            new SharingBusiness("𠮷野精機株式会社", "東京都大田区1-2-3", "部品製造"),
            new SharingBusiness("富士研究所", "茨城県つくば市1-1", "共同開発"));
    ReviewRecord request =
        new ReviewRecord(
            UUID.randomUUID(),
            id,
            ReviewRecordKind.SHARING_APPROVAL_REQUEST,
            Optional.empty(),
            "共有先の追加",
            Optional.empty(),
            businesses,
            user.id(),
            AT);
    ReviewRecord approval =
        new ReviewRecord(
            UUID.randomUUID(),
            id,
            ReviewRecordKind.SHARING_APPROVED,
            Optional.of(request.id()),
            "承認",
            Optional.of(LocalDate.of(2026, 3, 3)),
            List.of(),
            user.id(),
            AT);
    records.insert(request);
    records.insert(approval);

    assertEquals(List.of(request, approval), records.ofCase(id));
    assertTrue(records.ofCase(CaseId.random()).isEmpty());
  }
}
