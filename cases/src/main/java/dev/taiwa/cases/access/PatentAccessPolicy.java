package dev.taiwa.cases.access;

import static dev.taiwa.cases.access.Reach.ASSIGNED_CASES;
import static dev.taiwa.cases.access.Reach.EVERYTHING;
import static dev.taiwa.cases.access.Reach.NOTHING;
import static dev.taiwa.cases.access.Reach.OWN_ORGANISATION;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.model.PatentApplication;
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
 * NeedToKnowPolicy} (a test holds the two together); active grants open it too.
 */
public final class PatentAccessPolicy {

  /** One row: how far a role sees, acts, opens secret content, and whether it may register. */
  public record Grant(Reach see, Reach act, Reach secret, boolean register) {}

  private static final Map<Role, Grant> MATRIX = matrix();

  private static Map<Role, Grant> matrix() {
    Map<Role, Grant> grants = new EnumMap<>(Role.class);
    grants.put(Role.FILER, new Grant(OWN_ORGANISATION, OWN_ORGANISATION, OWN_ORGANISATION, false));
    grants.put(Role.DIALOGUE_OFFICER, new Grant(NOTHING, NOTHING, NOTHING, false));
    grants.put(Role.PATENT_EXAMINER, new Grant(EVERYTHING, EVERYTHING, ASSIGNED_CASES, true));
    grants.put(Role.SECURITY_REVIEWER, new Grant(EVERYTHING, EVERYTHING, EVERYTHING, false));
    grants.put(Role.AUDITOR, new Grant(NOTHING, NOTHING, NOTHING, false));
    grants.put(Role.ADMIN, new Grant(NOTHING, NOTHING, NOTHING, false));
    return Collections.unmodifiableMap(grants);
  }

  public Map<Role, Grant> grants() {
    return MATRIX;
  }

  /** Which applications the caller's roles show in a list (grants are not listed). */
  public PatentScope scopeFor(Actor actor) {
    PatentScope scope = PatentScope.nothing();
    for (Role role : actor.roles()) {
      scope =
          scope.union(
              switch (MATRIX.get(role).see()) {
                case EVERYTHING -> new PatentScope(null, true);
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
        .anyMatch(role -> covers(MATRIX.get(role).see(), actor, application));
  }

  /** The caller's roles that count on the application, for the transition table. */
  public Set<Role> rolesOn(Actor actor, PatentApplication application) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : actor.roles()) {
      if (covers(MATRIX.get(role).act(), actor, application)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** True when the caller may register applications (and becomes their assigned examiner). */
  public boolean canRegister(Actor actor) {
    return actor.roles().stream().anyMatch(role -> MATRIX.get(role).register());
  }

  private static boolean covers(Reach reach, Actor actor, PatentApplication application) {
    return switch (reach) {
      case EVERYTHING -> true;
      case OWN_ORGANISATION -> application.appliedBy(actor.organisationId());
      case ASSIGNED_CASES -> application.assignedExaminer().equals(actor.userId());
      case EVERY_FILED_CASE, NOTHING -> false;
    };
  }
}
