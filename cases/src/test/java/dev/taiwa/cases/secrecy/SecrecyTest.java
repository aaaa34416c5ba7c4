package dev.taiwa.cases.secrecy;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.secrecy.Secrecy.EventShowing;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SecrecyTest {
  private final Secrecy secrecy = new Secrecy();

  @Nested
  class Cases {
    @Test
    void aSecretCaseShowsOnlyItsSkeletonToACallerWithoutNeedToKnow() {
      assertEquals(Disclosure.SKELETON, secrecy.of(true, false));
    }

    @Test
    void aSecretCaseIsDisclosedInFullWithNeedToKnow() {
      assertEquals(Disclosure.FULL, secrecy.of(true, true));
    }

    @Test
    void aCaseWhoseContentIsNotSecretIsDisclosedInFull() {
      assertEquals(Disclosure.FULL, secrecy.of(false, false));
    }

    @Test
    void nothingRecordedAboutAWithheldCaseIsShown() {
      assertFalse(secrecy.showsRecordsOf(Disclosure.SKELETON));
      assertTrue(secrecy.showsRecordsOf(Disclosure.FULL));
    }

    @Test
    void aLinkShowsOnlyWhenBothSidesAreDisclosedInFull() {
      assertTrue(secrecy.showsLink(Disclosure.FULL, Disclosure.FULL));
      assertFalse(secrecy.showsLink(Disclosure.FULL, Disclosure.SKELETON));
      assertFalse(secrecy.showsLink(Disclosure.SKELETON, Disclosure.FULL));
    }
  }

  @Nested
  class InternalRecords {
    private final Set<Role> office = Set.of(Role.SECURITY_REVIEWER);

    @Test
    void openToTheOfficesOwnRoles() {
      assertTrue(secrecy.showsInternalRecords(anActor().withRole(Role.SECURITY_REVIEWER), office));
    }

    @Test
    void neverToACompanyUserWhateverItsNeedToKnow() {
      assertFalse(secrecy.showsInternalRecords(anActor().filerOf(OrganisationId.random()), office));
    }

    @Test
    void neverToAnotherOfficialThroughAGrant() {
      assertFalse(secrecy.showsInternalRecords(anActor().dialogueOfficer(), office));
      assertFalse(secrecy.showsInternalRecords(anActor().withRole(Role.PATENT_EXAMINER), office));
    }
  }

  @Nested
  class AuditEvents {
    private final CaseId report = CaseId.random();
    private final CaseId secret = CaseId.random();

    @Test
    void anEventNamingNoWithheldCaseIsShownWhole() {
      assertEquals(
          EventShowing.WHOLE,
          secrecy.ofAuditEvent(report, "Linked with case " + secret, false, Set.of()));
    }

    @Test
    void anEventNamingAWithheldCaseIsLeftOutForAReaderOfCaseEvents() {
      assertEquals(
          EventShowing.NOT_AT_ALL,
          secrecy.ofAuditEvent(report, "Linked with case " + secret, false, Set.of(secret)));
    }

    @Test
    void anEventNamingAWithheldCaseLosesItsSummaryForAReaderOfTheWholeLog() {
      assertEquals(
          EventShowing.WITHOUT_SUMMARY,
          secrecy.ofAuditEvent(report, "Linked with case " + secret, true, Set.of(secret)));
    }

    @Test
    void anEventAboutAWithheldCaseItselfIsWithheldToo() {
      assertEquals(
          EventShowing.WITHOUT_SUMMARY,
          secrecy.ofAuditEvent(secret, "Designated until 2027-01-31", true, Set.of(secret)));
    }

    @Test
    void theNamedCasesAreTheEventsCaseAndEveryIdInItsSummary() {
      CaseId other = CaseId.random();
      assertEquals(
          Set.of(report, secret, other),
          secrecy.namedCases(report, "Linked with case " + secret + " and " + other));
      assertEquals(Set.of(report), secrecy.namedCases(report, null));
    }
  }
}
