package dev.taiwa.cases.patent.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.patent.port.PatentFilter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PatentQueriesTest {
  private final PatentWorld world = new PatentWorld();

  private Optional<PatentApplicationView> read(Actor actor, CaseId id) {
    return world.queries.find(actor, id, true);
  }

  @Nested
  class ASecretApplication {
    private final CaseId id = world.sentToReview();

    @Test
    void everyApplicantFilerReadsItsContentAndEachReadIsAudited() {
      for (Actor filer : List.of(world.filer, world.coFiler)) {
        assertEquals("飛翔体の誘導装置", read(filer, id).orElseThrow().content().orElseThrow().title());
        assertEquals(1, world.secretReadsOf(filer, id));
      }
    }

    @Test
    void theAssignedExaminerAndSecurityReviewersReadItAudited() {
      assertFalse(read(world.examiner, id).orElseThrow().secretWithheld());
      assertFalse(read(world.reviewer, id).orElseThrow().secretWithheld());
      assertEquals(1, world.secretReadsOf(world.examiner, id));
      assertEquals(1, world.secretReadsOf(world.reviewer, id));
    }

    @Test
    void anotherExaminerSeesOnlyNumberAndStateAndNothingIsAudited() {
      PatentApplicationView view = read(world.otherExaminer, id).orElseThrow();

      assertTrue(view.secretWithheld());
      assertTrue(view.content().isEmpty());
      assertEquals(0, world.secretReadsOf(world.otherExaminer, id));
    }

    @Test
    void anotherCompanyAnAuditorAnAdminAndADialogueOfficerDoNotSeeItAtAll() {
      for (Actor actor : List.of(world.strangerFiler, world.auditor, world.admin, world.officer)) {
        assertEquals(Optional.empty(), read(actor, id), actor.username());
      }
    }

    @Test
    void anAuditorWithAnActiveGrantReadsItAudited() {
      world.grant(world.auditor, id);

      assertFalse(read(world.auditor, id).orElseThrow().secretWithheld());
      assertEquals(1, world.secretReadsOf(world.auditor, id));
    }

    @Test
    void aReadThatAsksForNoContentIsNotAuditedAsASecretRead() {
      world.queries.find(world.filer, id, false).orElseThrow();

      assertEquals(0, world.secretReadsOf(world.filer, id));
    }

    @Test
    void readsThroughTheListAreAuditedToo() {
      var page =
          world.queries.search(world.filer, PatentFilter.none(), new PageRequest(10, null), true);

      assertEquals(1, page.totalCount());
      assertFalse(page.items().get(0).secretWithheld());
      assertEquals(1, world.secretReadsOf(world.filer, id));
    }
  }

  @Nested
  class ANonSecretApplication {
    private final CaseId id = world.registered();

    @Test
    void anyExaminerReadsItWithoutASecretReadAudit() {
      assertFalse(read(world.otherExaminer, id).orElseThrow().secretWithheld());
      assertEquals(0, world.secretReadsOf(world.otherExaminer, id));
    }

    @Test
    void theListIsScopedToTheApplicantsOrganisations() {
      PageRequest page = new PageRequest(10, null);
      assertEquals(
          1, world.queries.search(world.coFiler, PatentFilter.none(), page, true).totalCount());
      assertEquals(
          0,
          world.queries.search(world.strangerFiler, PatentFilter.none(), page, true).totalCount());
      assertEquals(
          0, world.queries.search(world.auditor, PatentFilter.none(), page, true).totalCount());
    }
  }
}
