package dev.taiwa.cases.patent.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees a patent application by role, every role x every state x own / other organisation,
 * against a hand-written expectation; the list scope says the same as the single read.
 */
class PatentVisibilityTest {
  private static final Set<PatentState> SCREENING_ONLY =
      EnumSet.of(PatentState.UNDER_SCREENING, PatentState.NOT_SENT, PatentState.OUTSIDE_SCREENING);

  private final PatentAccessPolicy policy = new PatentAccessPolicy();

  static Stream<Arguments> everyRoleStateAndSide() {
    List<Arguments> all = new ArrayList<>();
    for (Role role : Role.values()) {
      for (PatentState state : PatentState.values()) {
        all.add(Arguments.of(role, state, true));
        all.add(Arguments.of(role, state, false));
      }
    }
    return all.stream();
  }

  private static PatentApplication application(PatentState state) {
    Instant at = Instant.parse("2025-08-01T01:00:00Z");
    return new PatentApplication(
        CaseId.random(),
        ApplicationNumber.parse("2025-123456").orElseThrow(),
        LocalDate.of(2025, 7, 1),
        List.of(OrganisationId.random()),
        true,
        "t",
        "a",
        "c",
        List.of(),
        FilingRoute.DIRECT,
        AdditionalRequirementFacts.none(),
        state,
        null,
        UserId.random(),
        null,
        List.of(),
        null,
        at,
        at,
        1,
        state.isSecret());
  }

  private static boolean expected(Role role, PatentState state, boolean own) {
    return switch (role) {
      case FILER -> own;
      case PATENT_EXAMINER -> true;
      case SECURITY_REVIEWER -> !SCREENING_ONLY.contains(state);
      case DIALOGUE_OFFICER, AUDITOR, ADMIN -> false;
    };
  }

  @ParameterizedTest(name = "{0} on a {1} application, own organisation: {2}")
  @MethodSource("everyRoleStateAndSide")
  void aRoleSeesAnApplicationExactlyWhereTheHandWrittenRuleSays(
      Role role, PatentState state, boolean own) {
    PatentApplication application = application(state);
    OrganisationId organisation = own ? application.applicants().get(0) : OrganisationId.random();
    Actor actor = new Actor(UserId.random(), "someone", organisation, Set.of(role));

    boolean seen = policy.canSeeByRole(actor, application);
    PatentScope scope = policy.scopeFor(actor);
    boolean listed = scope.includes(application.id(), Set.copyOf(application.applicants()), state);

    assertEquals(expected(role, state, own), seen, "single read");
    assertEquals(seen, listed, "the list scope agrees with the single read");
  }

  @ParameterizedTest(name = "{0} on a {1} application, own organisation: {2}")
  @MethodSource("everyRoleStateAndSide")
  void noRoleActsOnAnApplicationItCannotSee(Role role, PatentState state, boolean own) {
    PatentApplication application = application(state);
    OrganisationId organisation = own ? application.applicants().get(0) : OrganisationId.random();
    Actor actor = new Actor(UserId.random(), "someone", organisation, Set.of(role));

    if (!policy.canSeeByRole(actor, application)) {
      assertEquals(Set.of(), policy.rolesOn(actor, application));
    }
  }

  @Test
  void aGrantHolderListsTheGrantedApplicationAndNoOther() {
    Actor auditor =
        new Actor(UserId.random(), "auditor", OrganisationId.random(), Set.of(Role.AUDITOR));
    CaseId granted = CaseId.random();
    PatentScope scope = policy.scopeFor(auditor, Set.of(granted));

    assertEquals(
        true, scope.includes(granted, Set.of(OrganisationId.random()), PatentState.DESIGNATED));
    assertEquals(
        false,
        scope.includes(CaseId.random(), Set.of(OrganisationId.random()), PatentState.DESIGNATED));
  }
}
