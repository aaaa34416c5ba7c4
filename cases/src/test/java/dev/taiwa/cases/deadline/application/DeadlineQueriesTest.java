package dev.taiwa.cases.deadline.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.kernel.VisibleCases;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlineQueriesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
  private static final Bilingual EVENT = new Bilingual("query asked", "照会");
  private final InMemoryTrackedDeadlines store = new InMemoryTrackedDeadlines();
  private final DeadlineLedger ledger =
      new DeadlineLedger(
          store,
          DeadlineRules.defaults(),
          AdministrativeCalendar.standard(),
          Clock.fixed(TODAY.atTime(10, 0).atZone(JapanTime.ZONE).toInstant(), ZoneOffset.UTC));
  private final CaseId seen = CaseId.random();
  private final CaseId hidden = CaseId.random();
  private final DeadlineQueries queries =
      new DeadlineQueries(
          store,
          ledger,
          new VisibleCases() {
            @Override
            public Set<CaseId> among(Actor actor, Map<CaseId, CaseKind> cases) {
              return cases.keySet().stream().filter(seen::equals).collect(Collectors.toSet());
            }

            @Override
            public Reach reach(Role role, CaseKind kind) {
              return role == Role.AUDITOR || role == Role.ADMIN ? Reach.NOTHING : Reach.EVERYTHING;
            }
          },
          WithheldCases.none());

  private static Actor actor(Role... roles) {
    return new Actor(UserId.random(), "someone", OrganisationId.random(), Set.of(roles));
  }

  private TrackedDeadline open(CaseId caseId, String subject, String rule, LocalDate start) {
    return ledger.open(
        caseId,
        CaseKind.PRE_REPORT,
        subject,
        rule,
        PeriodStart.during(start, EVENT),
        rule.startsWith("officials") ? Obligor.OFFICIALS : Obligor.COMPANY);
  }

  @Test
  void theListShowsOnlyDeadlinesOfCasesTheCallerMaySee() {
    open(seen, "query:1", DeadlineRules.COMPANY_REPLY, TODAY);
    open(hidden, "query:2", DeadlineRules.COMPANY_REPLY, TODAY);

    Page<DeadlineView> page =
        queries
            .list(actor(Role.DIALOGUE_OFFICER), DeadlineFilter.any(), 10, Optional.empty())
            .value()
            .orElseThrow();

    assertEquals(1, page.totalCount());
    assertEquals(seen, page.items().get(0).tracked().caseId());
  }

  @Test
  void theCompanyNeverReadsTheOfficialsInternalStageTargets() {
    open(seen, "query:1", DeadlineRules.COMPANY_REPLY, TODAY);
    open(seen, "stage:review", DeadlineRules.REVIEW_STAGE_TARGET, TODAY);

    assertEquals(
        1, queries.ofCases(actor(Role.FILER), List.of(seen)).get(seen).size(), "company view");
    assertEquals(
        2,
        queries.ofCases(actor(Role.DIALOGUE_OFFICER), List.of(seen)).get(seen).size(),
        "officials' view");
  }

  @Test
  void overdueOnlyListsDeadlinesWhoseDueDateHasPassed() {
    open(seen, "query:old", DeadlineRules.COMPANY_REPLY, TODAY.minusDays(30));
    open(seen, "query:new", DeadlineRules.COMPANY_REPLY, TODAY);

    Page<DeadlineView> page =
        queries
            .list(
                actor(Role.DIALOGUE_OFFICER),
                new DeadlineFilter(Optional.empty(), true),
                10,
                Optional.empty())
            .value()
            .orElseThrow();

    assertEquals(1, page.items().size());
    assertEquals("query:old", page.items().get(0).tracked().subject());
    assertEquals(TrackedStatus.OVERDUE, page.items().get(0).status());
  }

  @Test
  void dueBeforeExcludesDeadlinesDueOnOrAfterThatDay() {
    TrackedDeadline reply = open(seen, "query:1", DeadlineRules.COMPANY_REPLY, TODAY);

    assertTrue(
        queries
            .list(
                actor(Role.DIALOGUE_OFFICER),
                new DeadlineFilter(Optional.of(reply.due()), false),
                10,
                Optional.empty())
            .value()
            .orElseThrow()
            .items()
            .isEmpty());
    assertEquals(
        1,
        queries
            .list(
                actor(Role.DIALOGUE_OFFICER),
                new DeadlineFilter(Optional.of(reply.due().plusDays(1)), false),
                10,
                Optional.empty())
            .value()
            .orElseThrow()
            .items()
            .size());
  }

  @Test
  void pagesFollowEachOtherByDueDate() {
    open(seen, "query:1", DeadlineRules.COMPANY_REPLY, TODAY.minusDays(14));
    open(seen, "query:2", DeadlineRules.COMPANY_REPLY, TODAY.minusDays(7));
    open(seen, "query:3", DeadlineRules.COMPANY_REPLY, TODAY);
    Actor officer = actor(Role.DIALOGUE_OFFICER);

    Page<DeadlineView> first =
        queries.list(officer, DeadlineFilter.any(), 2, Optional.empty()).value().orElseThrow();
    DeadlineView last = first.items().get(1);
    Page<DeadlineView> second =
        queries
            .list(
                officer,
                DeadlineFilter.any(),
                2,
                Optional.of(new DeadlinePosition(last.deadline().due(), last.tracked().id())))
            .value()
            .orElseThrow();

    assertTrue(first.hasNext());
    assertEquals(
        List.of("query:1", "query:2"),
        first.items().stream().map(v -> v.tracked().subject()).toList());
    assertEquals("query:3", second.items().get(0).tracked().subject());
    assertFalse(second.hasNext());
  }

  @Test
  void rolesThatSeeNoCasesMayNotListDeadlines() {
    assertFalse(
        queries
            .list(actor(Role.AUDITOR, Role.ADMIN), DeadlineFilter.any(), 10, Optional.empty())
            .accepted());
  }

  @Test
  void aCancelledDeadlineReadsAsCancelled() {
    open(seen, "query:1", DeadlineRules.COMPANY_REPLY, TODAY);
    ledger.cancel(seen, "query:1", TODAY, "withdrawn");

    assertEquals(
        TrackedStatus.CANCELLED,
        queries.ofCases(actor(Role.FILER), List.of(seen)).get(seen).get(0).status());
  }
}
