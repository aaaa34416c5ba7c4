package dev.taiwa.cases.prereport.application;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static dev.taiwa.cases.prereport.application.PreReportWorld.accepted;
import static dev.taiwa.cases.prereport.model.PreReportAction.MARK_NOT_REPORTABLE;
import static dev.taiwa.cases.prereport.model.PreReportAction.START_REVIEW;
import static dev.taiwa.cases.prereport.model.PreReportAction.SUBMIT;
import static dev.taiwa.cases.prereport.model.PreReportAction.UPDATE_DRAFT;
import static dev.taiwa.cases.prereport.model.PreReportAction.WITHDRAW;
import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportScope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreReportQueriesTest {
  private final OrganisationId acme = OrganisationId.random();
  private final OrganisationId globex = OrganisationId.random();
  private final Actor acmeFiler = anActor().filerOf(acme);
  private final Actor globexFiler = anActor().filerOf(globex);
  private final Actor officer = anActor().dialogueOfficer();
  private final PreReportWorld world = new PreReportWorld();
  private PreReport acmeFirst;
  private PreReport acmeSecond;
  private PreReport globexReport;
  private PreReport acmeDraft;

  @BeforeEach
  void threeFiledReportsOfTwoOrganisationsAndOneDraft() {
    acmeFirst = accepted(world.commands.submit(acmeFiler, world.draftBy(acmeFiler).id(), null));
    world.clock.advance(Duration.ofMinutes(1));
    PreReport vietnam = world.draftBy(acmeFiler, aPreReportForm().withCountry("VN").build());
    acmeSecond = accepted(world.commands.submit(acmeFiler, vietnam.id(), null));
    world.clock.advance(Duration.ofMinutes(1));
    globexReport =
        accepted(world.commands.submit(globexFiler, world.draftBy(globexFiler).id(), null));
    world.clock.advance(Duration.ofMinutes(1));
    acmeDraft = world.draftBy(acmeFiler);
  }

  private static PageRequest firstPage() {
    return new PageRequest(10, null);
  }

  private static PreReportFilter organisation(OrganisationId id) {
    return new PreReportFilter(null, null, null, id, null, null, null);
  }

  @Nested
  class Finding {
    @Test
    void aFilerFindsItsOwnOrganisationsReport() {
      assertEquals(Optional.of(acmeFirst), world.queries.find(acmeFiler, acmeFirst.id()));
    }

    @Test
    void aFilerCannotSeeAnotherOrganisationsPreReport() {
      assertEquals(Optional.empty(), world.queries.find(globexFiler, acmeFirst.id()));
    }

    @Test
    void anOfficerFindsAnyReport() {
      assertEquals(Optional.of(acmeFirst), world.queries.find(officer, acmeFirst.id()));
    }

    @ParameterizedTest
    @EnumSource(
        value = Role.class,
        names = {"PATENT_EXAMINER", "SECURITY_REVIEWER", "AUDITOR", "ADMIN"})
    void rolesWithoutPreReportAccessFindNothing(Role role) {
      Actor actor = anActor().withRoles(acme, role);

      assertEquals(Optional.empty(), world.queries.find(actor, acmeFirst.id()));
      assertEquals(
          List.of(), world.queries.findAll(actor, List.of(acmeFirst.id(), globexReport.id())));
      assertEquals(
          0, world.queries.search(actor, PreReportFilter.none(), firstPage()).totalCount());
    }

    @Test
    void aBatchReturnsOnlyTheVisibleReports() {
      assertEquals(
          Set.of(acmeFirst, acmeSecond),
          Set.copyOf(
              world.queries.findAll(
                  acmeFiler, List.of(acmeFirst.id(), acmeSecond.id(), globexReport.id()))));
    }
  }

  @Nested
  class Drafts {
    @Test
    void anOfficerNeitherFindsNorListsACompanysDraft() {
      assertEquals(Optional.empty(), world.queries.find(officer, acmeDraft.id()));
      assertEquals(List.of(), world.queries.findAll(officer, List.of(acmeDraft.id())));
      assertFalse(
          world
              .queries
              .search(officer, PreReportFilter.none(), firstPage())
              .items()
              .contains(acmeDraft));
    }
  }

  @Nested
  class Searching {
    @Test
    void aFilersScopeIsItsOwnOrganisationAndGoesToTheStore() {
      Page<PreReport> page = world.queries.search(acmeFiler, PreReportFilter.none(), firstPage());

      assertEquals(List.of(acmeDraft, acmeSecond, acmeFirst), page.items());
      assertEquals(3, page.totalCount());
      assertEquals(PreReportScope.ownOrganisation(acme), world.preReports.lastScope());
    }

    @Test
    void aFilersOrganisationFilterIsIgnored() {
      Page<PreReport> page = world.queries.search(acmeFiler, organisation(globex), firstPage());

      assertEquals(List.of(acmeDraft, acmeSecond, acmeFirst), page.items());
    }

    @Test
    void anOfficerSeesEveryFiledReportAndMayFilterByOrganisation() {
      assertEquals(
          3, world.queries.search(officer, PreReportFilter.none(), firstPage()).totalCount());
      assertEquals(PreReportScope.filedOfEveryOrganisation(), world.preReports.lastScope());
      assertEquals(
          List.of(globexReport),
          world.queries.search(officer, organisation(globex), firstPage()).items());
    }

    @Test
    void filtersCombineWithTheScope() {
      var drafts =
          new PreReportFilter(Set.of(PreReportState.DRAFT), null, null, null, null, null, null);
      var vietnam = new PreReportFilter(null, null, "VN", null, null, null, null);

      assertEquals(
          List.of(acmeDraft), world.queries.search(acmeFiler, drafts, firstPage()).items());
      assertEquals(List.of(), world.queries.search(officer, drafts, firstPage()).items());
      assertEquals(
          List.of(acmeSecond), world.queries.search(officer, vietnam, firstPage()).items());
    }

    @Test
    void pagesFollowOnFromTheLastPositionSeen() {
      Page<PreReport> first =
          world.queries.search(officer, PreReportFilter.none(), new PageRequest(2, null));
      PreReport last = first.items().get(1);
      Page<PreReport> second =
          world.queries.search(
              officer,
              PreReportFilter.none(),
              new PageRequest(2, new PageRequest.Position(last.createdAt(), last.id().value())));

      assertEquals(List.of(globexReport, acmeSecond), first.items());
      assertTrue(first.hasNext());
      assertEquals(List.of(acmeFirst), second.items());
      assertFalse(second.hasNext());
      assertEquals(3, second.totalCount());
    }
  }

  @Nested
  class AvailableActions {
    @Test
    void aFilerMayEditSubmitOrWithdrawItsOwnDraft() {
      assertEquals(
          Set.of(UPDATE_DRAFT, SUBMIT, WITHDRAW),
          world.queries.availableActions(acmeFiler, acmeDraft));
    }

    @Test
    void aFilerMayDoNothingToAnotherOrganisationsReport() {
      assertEquals(Set.of(), world.queries.availableActions(globexFiler, acmeFirst));
    }

    @Test
    void anOfficerMayReviewOrScreenOutASubmittedReport() {
      assertEquals(
          Set.of(START_REVIEW, MARK_NOT_REPORTABLE),
          world.queries.availableActions(officer, globexReport));
    }

    @Test
    void aFilerMayOnlyWithdrawItsSubmittedReport() {
      assertEquals(Set.of(WITHDRAW), world.queries.availableActions(globexFiler, globexReport));
    }

    @Test
    void anAuditorMayDoNothing() {
      assertEquals(Set.of(), world.queries.availableActions(anActor().auditor(), globexReport));
    }
  }
}
