package dev.taiwa.cases.patent.access;

import static dev.taiwa.cases.kernel.Reach.ASSIGNED_CASES;
import static dev.taiwa.cases.kernel.Reach.EVERYTHING;
import static dev.taiwa.cases.kernel.Reach.NOTHING;
import static dev.taiwa.cases.kernel.Reach.OWN_ORGANISATION;

import dev.taiwa.cases.access.NeedToKnowPolicy;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.port.PatentScope;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may see and act on which patent applications (Track B), as data: one {@link Grant} per role.
 * An applicant organisation's filers see and act on their applications; examiners (patent office)
 * and security reviewers (Cabinet Office) see every application; dialogue officers (Track A),
 * auditors and admins see none unless a need-to-know grant names the case. {@code secret} says
 * whose role alone opens the secret content of an application in a secret state: it mirrors {@link
 * NeedToKnowPolicy} (a test holds the two together); active grants open it too. {@code states} says
 * in which states of an application the role's reach counts at all: a security reviewer (Cabinet
 * Office) sees an application only once it is sent to review, never while the patent office screens
 * it or after it was screened and not sent.
 */
public final class PatentAccessPolicy {

  /**
   * One row: how far a role sees, acts, opens secret content, whether it may register, and in which
   * application states its reach counts.
   */
  public record Grant(
      Reach see, Reach act, Reach secret, boolean register, Set<PatentState> states) {
    public Grant {
      states = Collections.unmodifiableSet(EnumSet.copyOf(states));
    }

    /** True when the role's reach counts on an application in {@code state}. */
    public boolean counts(PatentState state) {
      return states.contains(state);
    }
  }

  /**
   * The states a security reviewer sees: from SENT_TO_REVIEW onwards, i.e. every state but those of
   * the patent office's own screening (UNDER_SCREENING, NOT_SENT, OUTSIDE_SCREENING).
   */
  public static final Set<PatentState> FROM_SENT_TO_REVIEW =
      Collections.unmodifiableSet(
          EnumSet.complementOf(
              EnumSet.of(
                  PatentState.UNDER_SCREENING,
                  PatentState.NOT_SENT,
                  PatentState.OUTSIDE_SCREENING)));

  /**
   * The reviewing office (the Cabinet Office): the only roles that read the records internal to the
   * security review (its consultations), whatever need-to-know or grant anyone else holds.
   */
  public static final Set<Role> REVIEWING_OFFICE =
      Collections.unmodifiableSet(EnumSet.of(Role.SECURITY_REVIEWER));

  private static final Set<PatentState> EVERY_STATE =
      Collections.unmodifiableSet(EnumSet.allOf(PatentState.class));

  private static final Map<Role, Grant> MATRIX = matrix();

  private static Map<Role, Grant> matrix() {
    Map<Role, Grant> grants = new EnumMap<>(Role.class);
    grants.put(
        Role.FILER,
        new Grant(OWN_ORGANISATION, OWN_ORGANISATION, OWN_ORGANISATION, false, EVERY_STATE));
    grants.put(Role.DIALOGUE_OFFICER, new Grant(NOTHING, NOTHING, NOTHING, false, EVERY_STATE));
    grants.put(
        Role.PATENT_EXAMINER, new Grant(EVERYTHING, EVERYTHING, ASSIGNED_CASES, true, EVERY_STATE));
    grants.put(
        Role.SECURITY_REVIEWER,
        new Grant(EVERYTHING, EVERYTHING, EVERYTHING, false, FROM_SENT_TO_REVIEW));
    grants.put(Role.AUDITOR, new Grant(NOTHING, NOTHING, NOTHING, false, EVERY_STATE));
    grants.put(Role.ADMIN, new Grant(NOTHING, NOTHING, NOTHING, false, EVERY_STATE));
    return Collections.unmodifiableMap(grants);
  }

  public Map<Role, Grant> grants() {
    return MATRIX;
  }

  /** Which applications the caller's roles show in a list (by role only). */
  public PatentScope scopeFor(Actor actor) {
    return scopeFor(actor, Set.of());
  }

  /**
   * Which applications the caller sees in a list: those its roles show, and {@code grantedCases}
   * (the cases it holds an active need-to-know grant for; content still under the usual rule).
   */
  public PatentScope scopeFor(Actor actor, Set<CaseId> grantedCases) {
    PatentScope scope = new PatentScope(null, Set.of(), grantedCases);
    for (Role role : actor.roles()) {
      Grant grant = MATRIX.get(role);
      scope =
          scope.union(
              switch (grant.see()) {
                case EVERYTHING -> new PatentScope(null, grant.states(), Set.of());
                case OWN_ORGANISATION -> new PatentScope(actor.organisationId(), false);
                case NOTHING -> PatentScope.nothing();
                case EVERY_FILED_CASE, ASSIGNED_CASES ->
                    throw new IllegalStateException("no patent grant sees by filing or assignment");
              });
    }
    return scope;
  }

  /** True when one of the caller's roles shows the application (grants are checked apart). */
  public boolean canSeeByRole(Actor actor, PatentApplication application) {
    return actor.roles().stream()
        .anyMatch(role -> covers(MATRIX.get(role), MATRIX.get(role).see(), actor, application));
  }

  /** The caller's roles that count on the application, for the transition table. */
  public Set<Role> rolesOn(Actor actor, PatentApplication application) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : actor.roles()) {
      if (covers(MATRIX.get(role), MATRIX.get(role).act(), actor, application)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** True when the caller may register applications (and becomes their assigned examiner). */
  public boolean canRegister(Actor actor) {
    return actor.roles().stream().anyMatch(role -> MATRIX.get(role).register());
  }

  private static boolean covers(
      Grant grant, Reach reach, Actor actor, PatentApplication application) {
    if (!grant.counts(application.state())) {
      return false;
    }
    return switch (reach) {
      case EVERYTHING -> true;
      case OWN_ORGANISATION -> application.appliedBy(actor.organisationId());
      case ASSIGNED_CASES -> application.assignedExaminer().equals(actor.userId());
      case EVERY_FILED_CASE, NOTHING -> false;
    };
  }
}
