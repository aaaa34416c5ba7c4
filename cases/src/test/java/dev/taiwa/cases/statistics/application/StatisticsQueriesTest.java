package dev.taiwa.cases.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.statistics.model.CaseStatistics;
import dev.taiwa.cases.statistics.port.StatisticsFilter;
import dev.taiwa.cases.statistics.port.StatisticsScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose cases each role's statistics count: the scope handed to the store, or the refusal. */
class StatisticsQueriesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-31T15:30:00Z"), ZoneOffset.UTC);
  private static final OrganisationId COMPANY = OrganisationId.random();

  private final List<StatisticsScope> asked = new ArrayList<>();
  private final List<LocalDate> days = new ArrayList<>();
  private final StatisticsQueries queries =
      new StatisticsQueries(
          (scope, filter, today) -> {
            asked.add(scope);
            days.add(today);
            return new CaseStatistics(null, null, List.of());
          },
          CLOCK);

  @Test
  void aCompanyCountsOnlyItsOwnOrganisationsPreReportsAndApplications() {
    StatisticsScope scope = scopeOf(Role.FILER);

    assertEquals(COMPANY, scope.preReportOrganisation());
    assertFalse(scope.everyPreReport());
    assertEquals(COMPANY, scope.patentApplicant());
    assertEquals(Set.of(), scope.everyPatentIn());
  }

  @Test
  void aDialogueOfficerCountsEveryFiledPreReportAndNoApplication() {
    StatisticsScope scope = scopeOf(Role.DIALOGUE_OFFICER);

    assertTrue(scope.everyPreReport());
    assertNull(scope.preReportOrganisation());
    assertFalse(scope.coversPatents());
  }

  @Test
  void aPatentExaminerCountsEveryApplicationAndNoPreReport() {
    StatisticsScope scope = scopeOf(Role.PATENT_EXAMINER);

    assertTrue(scope.everyPatent());
    assertNull(scope.patentApplicant());
    assertFalse(scope.coversPreReports());
  }

  @Test
  void aSecurityReviewerCountsTheApplicationsFromSentToReviewOnOnly() {
    StatisticsScope scope = scopeOf(Role.SECURITY_REVIEWER);

    assertEquals(PatentAccessPolicy.FROM_SENT_TO_REVIEW, scope.everyPatentIn());
    assertFalse(scope.everyPatentIn().contains(PatentState.UNDER_SCREENING));
    assertFalse(scope.coversPreReports());
  }

  @Test
  void anAuditorCountsBothTracksWhole() {
    StatisticsScope scope = scopeOf(Role.AUDITOR);

    assertTrue(scope.everyPreReport());
    assertTrue(scope.everyPatent());
  }

  @Test
  void anAdminIsRefusedAndTheStoreIsNotAsked() {
    Result<CaseStatistics> result =
        queries.figures(actor(EnumSet.of(Role.ADMIN)), StatisticsFilter.none());

    assertEquals(ErrorCode.FORBIDDEN, result.errors().get(0).code());
    assertTrue(asked.isEmpty());
  }

  @Test
  void anOfficerWhoIsAlsoAReviewerCountsBothOfTheirTracks() {
    queries.figures(
        actor(EnumSet.of(Role.DIALOGUE_OFFICER, Role.SECURITY_REVIEWER)), StatisticsFilter.none());
    StatisticsScope scope = asked.get(0);

    assertTrue(scope.everyPreReport());
    assertEquals(PatentAccessPolicy.FROM_SENT_TO_REVIEW, scope.everyPatentIn());
  }

  @Test
  void aPeriodEndingBeforeItStartsIsAnInvalidValue() {
    Result<CaseStatistics> result =
        queries.figures(
            actor(EnumSet.of(Role.AUDITOR)),
            new StatisticsFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28), null));

    assertEquals(ErrorCode.INVALID_VALUE, result.errors().get(0).code());
    assertEquals("filedTo", result.errors().get(0).field());
    assertTrue(asked.isEmpty());
  }

  @Test
  void todayIsTheDayInJapan() {
    scopeOf(Role.AUDITOR);

    assertEquals(LocalDate.of(2026, 4, 1), days.get(0));
  }

  private StatisticsScope scopeOf(Role role) {
    Result<CaseStatistics> result =
        queries.figures(actor(EnumSet.of(role)), StatisticsFilter.none());
    assertTrue(result.accepted(), () -> result.errors().toString());
    return asked.get(asked.size() - 1);
  }

  private static Actor actor(Set<Role> roles) {
    return new Actor(UserId.random(), "someone", COMPANY, roles);
  }
}
