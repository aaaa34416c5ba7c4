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
 * Puts a patent application of the owning company into a state of designation. DESIGNATED and
 * LIFTED are reached through the API's real designation mutations ({@link PatentCaseFixture});
 * EXPIRED needs a designation period that has ended, which only the clock and the expiry sweep
 * reach: the application is designated through the API, then moved to EXPIRED through the store's
 * port.
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
    ProbedCase designated = patents.inState(PatentState.DESIGNATED);
    PatentApplication application = store.find(CaseId.parse(designated.id())).orElseThrow();
    store.update(application.moved(state, application.matchedFields(), "fixture", Instant.now()));
    return new ProbedCase(designated.id(), designated.marker(), state);
  }

  static boolean handles(Object state) {
    return state instanceof PatentState patent && STATES.contains(patent);
  }

  static List<PatentState> states() {
    return List.copyOf(STATES);
  }
}
