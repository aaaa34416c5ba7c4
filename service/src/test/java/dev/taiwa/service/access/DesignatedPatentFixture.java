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
 * EXPIRED) that no use case reaches yet: it is registered and sent to review through the API, then
 * moved through the store's port. Replace the port step by the designation use cases once they
 * come.
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
