package dev.taiwa.cases.audit;

import static dev.taiwa.cases.audit.AuditEntryFixture.anEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditFilterTest {
  private static AuditEvent stored(AuditEntry entry) {
    return AuditEvent.chained(1, entry, AuditHash.GENESIS);
  }

  @Test
  void aDateInJapanStartsAtMidnightTokyoWhichIsTheDayBeforeInUtc() {
    assertEquals(
        Instant.parse("2026-04-06T15:00:00Z"), AuditFilter.startOf(LocalDate.of(2026, 4, 7)));
    assertEquals(
        Instant.parse("2026-04-07T15:00:00Z"), AuditFilter.endOf(LocalDate.of(2026, 4, 7)));
  }

  @Test
  void aPeriodIncludesItsStartAndExcludesItsEnd() {
    LocalDate day = LocalDate.of(2026, 4, 7);
    AuditFilter thatDay =
        AuditFilter.none().withPeriod(AuditFilter.startOf(day), AuditFilter.endOf(day));

    assertTrue(
        thatDay.matches(stored(anEntry().at(Instant.parse("2026-04-06T15:00:00Z")).build())));
    assertTrue(
        thatDay.matches(stored(anEntry().at(Instant.parse("2026-04-07T14:59:59.999Z")).build())));
    assertFalse(
        thatDay.matches(stored(anEntry().at(Instant.parse("2026-04-07T15:00:00Z")).build())));
    assertFalse(
        thatDay.matches(stored(anEntry().at(Instant.parse("2026-04-06T14:59:59.999Z")).build())));
  }

  @Test
  void everyGivenFieldMustMatch() {
    UserId sato = UserId.random();
    CaseId caseId = CaseId.random();
    AuditEvent event =
        stored(
            anEntry()
                .by(sato, "sato", OrganisationId.random())
                .about(caseId)
                .action("PRE_REPORT_SUBMITTED")
                .outcome(AuditOutcome.ACCEPTED)
                .build());
    AuditFilter all =
        AuditFilter.none()
            .withActorId(sato)
            .withActorName("sato")
            .withCase(caseId)
            .withActions(Set.of("PRE_REPORT_SUBMITTED", "LOGIN"))
            .withOutcome(AuditOutcome.ACCEPTED);

    assertTrue(all.matches(event));
    assertFalse(all.withActorName("tanaka").matches(event));
    assertFalse(all.withActorId(UserId.random()).matches(event));
    assertFalse(all.withCase(CaseId.random()).matches(event));
    assertFalse(all.withActions(Set.of("LOGIN")).matches(event));
    assertFalse(all.withOutcome(AuditOutcome.REJECTED).matches(event));
  }

  @Test
  void filedCaseEventsOnlyLeavesOutEventsAboutNoCase() {
    AuditFilter cases = AuditFilter.none().withFiledCaseEventsOnly();

    assertFalse(cases.matches(stored(anEntry().action("LOGIN").build())));
    assertTrue(cases.matches(stored(anEntry().about(CaseId.random()).build())));
  }
}
