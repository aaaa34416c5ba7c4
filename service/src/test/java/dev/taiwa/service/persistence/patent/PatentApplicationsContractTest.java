package dev.taiwa.service.persistence.patent;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.port.KnownCases;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.IpcCode;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.patent.port.PatentScope;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class PatentApplicationsContractTest extends DatabaseTest {
  private static final AtomicInteger SERIAL = new AtomicInteger(300000);
  private static final PageRequest FIRST_50 = new PageRequest(50, null);

  @Inject PatentApplications applications;
  @Inject KnownCases knownCases;
  @Inject Organisations organisations;
  @Inject UserAccounts users;

  private PatentApplication anApplication(
      UserAccount examiner, List<OrganisationId> applicants, Instant registeredAt) {
    return new PatentApplication(
        CaseId.random(),
        new ApplicationNumber("2025-" + SERIAL.incrementAndGet()),
        LocalDate.of(2025, 6, 2),
        applicants,
        true,
        "𠮷野式誘導装置",
        "要約",
        "請求項1",
        List.of(new IpcCode("F41G 7/00"), new IpcCode("G01S 13/00")),
        FilingRoute.DIVISIONAL,
        new AdditionalRequirementFacts(true, false, true),
        PatentState.UNDER_SCREENING,
        null,
        examiner.id(),
        LocalDate.of(2025, 9, 2),
        List.of(),
        null,
        registeredAt,
        registeredAt,
        1,
        false);
  }

  private PatentApplication stored(PatentApplication application) {
    applications.insert(application);
    return application;
  }

  @Test
  void aStoredApplicationComesBackWithEveryFieldAndItsApplicantsInOrder() {
    UserAccount examiner = aStoredFiler(organisations, users);
    UserAccount other = aStoredFiler(organisations, users);
    PatentApplication application =
        stored(
            anApplication(
                examiner,
                List.of(other.organisationId(), examiner.organisationId()),
                Instant.parse("2026-04-07T01:02:03.456Z")));

    assertEquals(application, applications.find(application.id()).orElseThrow());
    assertTrue(knownCases.exists(application.id()));
    assertTrue(applications.numberTaken(application.number().value()));
  }

  @Test
  void anUpdateNeedsTheVersionBeforeIt() {
    UserAccount examiner = aStoredFiler(organisations, users);
    PatentApplication application =
        stored(anApplication(examiner, List.of(examiner.organisationId()), Instant.now()));
    PatentApplication sent =
        application.moved(PatentState.SENT_TO_REVIEW, List.of(3, 10), "理由", Instant.now());

    applications.update(sent);

    assertEquals(sent, applications.find(application.id()).orElseThrow());
    assertThrows(ConcurrentChangeException.class, () -> applications.update(sent));
  }

  @Test
  void theListIsScopedToTheApplicantOrganisationInTheQuery() {
    UserAccount examiner = aStoredFiler(organisations, users);
    UserAccount stranger = aStoredFiler(organisations, users);
    PatentApplication own =
        stored(anApplication(examiner, List.of(examiner.organisationId()), Instant.now()));

    Page<PatentApplication> mine =
        applications.search(
            new PatentScope(examiner.organisationId(), false), PatentFilter.none(), FIRST_50);
    Page<PatentApplication> theirs =
        applications.search(
            new PatentScope(stranger.organisationId(), false), PatentFilter.none(), FIRST_50);

    assertEquals(List.of(own), mine.items());
    assertEquals(1, mine.totalCount());
    assertEquals(0, theirs.totalCount());
  }

  @Test
  void theListFiltersByStateAndNumberAndPagesNewestFirst() {
    UserAccount examiner = aStoredFiler(organisations, users);
    List<OrganisationId> applicants = List.of(examiner.organisationId());
    PatentApplication older =
        stored(anApplication(examiner, applicants, Instant.parse("2026-01-01T00:00:00Z")));
    PatentApplication newer =
        stored(anApplication(examiner, applicants, Instant.parse("2026-01-02T00:00:00Z")));
    PatentScope scope = new PatentScope(examiner.organisationId(), false);

    Page<PatentApplication> first =
        applications.search(scope, PatentFilter.none(), new PageRequest(1, null));
    Page<PatentApplication> second =
        applications.search(
            scope,
            PatentFilter.none(),
            new PageRequest(1, new PageRequest.Position(newer.registeredAt(), newer.id().value())));

    assertEquals(List.of(newer), first.items());
    assertTrue(first.hasNext());
    assertEquals(List.of(older), second.items());
    assertFalse(second.hasNext());
    assertEquals(
        List.of(older),
        applications
            .search(scope, new PatentFilter(Set.of(), older.number().value()), FIRST_50)
            .items());
    assertEquals(
        0,
        applications
            .search(scope, new PatentFilter(Set.of(PatentState.DESIGNATED), null), FIRST_50)
            .totalCount());
  }
}
