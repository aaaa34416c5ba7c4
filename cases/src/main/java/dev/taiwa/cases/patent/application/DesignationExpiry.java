package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import dev.taiwa.cases.patent.port.PatentScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The expiry sweep: every designated application whose period ended before today becomes EXPIRED,
 * by the system actor (a security reviewer's role, no person), audited like any change.
 */
public final class DesignationExpiry {
  /** The actor the sweep acts as. */
  public static final Actor SYSTEM =
      new Actor(
          new UserId(UUID.fromString("00000000-0000-0000-0000-00000000e001")),
          "system:designation-expiry",
          new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000e001")),
          Set.of(Role.SECURITY_REVIEWER));

  private final PatentApplications applications;
  private final PatentReviewRecords records;
  private final PatentReviewCommands commands;
  private final Clock clock;

  public DesignationExpiry(
      PatentApplications applications,
      PatentReviewRecords records,
      PatentReviewCommands commands,
      Clock clock) {
    this.applications = applications;
    this.records = records;
    this.commands = commands;
    this.clock = clock;
  }

  /** Expires what has run out; the number of applications expired. */
  public int run() {
    LocalDate today = JapanTime.dateOf(clock.instant());
    List<PatentApplication> ended = new ArrayList<>();
    PageRequest.Position after = null;
    while (true) {
      Page<PatentApplication> page =
          applications.search(
              new PatentScope(null, true),
              new PatentFilter(Set.of(PatentState.DESIGNATED), null),
              new PageRequest(PageRequest.MAX_PAGE_SIZE, after, false));
      for (PatentApplication application : page.items()) {
        DesignationTerm.of(records.ofCase(application.id()))
            .filter(term -> today.isAfter(term.periodEnd()))
            .ifPresent(term -> ended.add(application));
      }
      if (!page.hasNext() || page.items().isEmpty()) {
        break;
      }
      PatentApplication last = page.items().get(page.items().size() - 1);
      after = new PageRequest.Position(last.registeredAt(), last.id().value());
    }
    int expired = 0;
    for (PatentApplication application : ended) {
      if (commands.expire(SYSTEM, application.id()).accepted()) {
        expired++;
      }
    }
    return expired;
  }
}
