package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;

/** Builds audit entries: {@code anEntry().about(caseId).action("SUBMIT").build()}. */
public final class AuditEntryFixture {
  private Instant at = TestClock.NOW;
  private UserId actorId;
  private String actorName;
  private OrganisationId organisation;
  private CaseId caseId;
  private String action = "PRE_REPORT_SUBMITTED";
  private AuditOutcome outcome = AuditOutcome.ACCEPTED;
  private String summary = "Submitted";

  private AuditEntryFixture() {}

  public static AuditEntryFixture anEntry() {
    return new AuditEntryFixture();
  }

  public AuditEntryFixture at(Instant instant) {
    this.at = instant;
    return this;
  }

  public AuditEntryFixture by(UserId id, String name, OrganisationId organisationId) {
    this.actorId = id;
    this.actorName = name;
    this.organisation = organisationId;
    return this;
  }

  public AuditEntryFixture about(CaseId id) {
    this.caseId = id;
    return this;
  }

  public AuditEntryFixture action(String name) {
    this.action = name;
    return this;
  }

  public AuditEntryFixture outcome(AuditOutcome value) {
    this.outcome = value;
    return this;
  }

  public AuditEntryFixture summary(String text) {
    this.summary = text;
    return this;
  }

  public AuditEntry build() {
    return new AuditEntry(at, actorId, actorName, organisation, caseId, action, outcome, summary);
  }
}
