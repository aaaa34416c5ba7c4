package dev.taiwa.service.access;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.service.access.CaseFixture.ProbedCase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a patent application of the owning company into a state of designation (DESIGNATED, LIFTED,
 * EXPIRED): designated and lifted through the API; expired (which only the scheduled sweep reaches,
 * on a period end in the past) by moving a sent application through the store's port.
 */
final class DesignatedPatentFixture {
  static final Set<PatentState> STATES =
      EnumSet.of(PatentState.DESIGNATED, PatentState.LIFTED, PatentState.EXPIRED);

  private final PatentCaseFixture patents;
  private final PatentApplications store;

  DesignatedPatentFixture(PatentCaseFixture patents, PatentApplications store) {
    this.patents = patents;
    this.store = store;
  }

  ProbedCase inState(PatentState state) {
    if (state != PatentState.EXPIRED) {
      return patents.inState(state);
    }
    ProbedCase sent = patents.inState(PatentState.SENT_TO_REVIEW);
    PatentApplication application = store.find(CaseId.parse(sent.id())).orElseThrow();
    store.update(application.moved(state, application.matchedFields(), "fixture", Instant.now()));
    return new ProbedCase(sent.id(), sent.marker(), state);
  }

  static boolean handles(Object state) {
    return state instanceof PatentState patent && STATES.contains(patent);
  }

  static List<PatentState> states() {
    return List.copyOf(STATES);
  }
}
