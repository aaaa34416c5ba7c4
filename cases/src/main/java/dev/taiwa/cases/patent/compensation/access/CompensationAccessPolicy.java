package dev.taiwa.cases.patent.compensation.access;

import static dev.taiwa.cases.kernel.Reach.EVERYTHING;
import static dev.taiwa.cases.kernel.Reach.NOTHING;
import static dev.taiwa.cases.kernel.Reach.OWN_ORGANISATION;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import dev.taiwa.cases.patent.model.PatentState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may claim, see and decide compensation (損失補償, ESPA Art. 80), as data. An applicant
 * organisation's filers claim for their organisation on an application that is or was designated
 * and see their organisation's claims (without the assessment notes); security reviewers (the
 * Cabinet Office) see every claim with its notes, assess and decide. Nobody else sees a claim.
 */
public final class CompensationAccessPolicy {

  /** One row: whose claims a role sees and acts on, whether it claims, whether it reads notes. */
  public record Grant(Reach see, Reach act, boolean claim, boolean notes) {}

  /** The application states in which a loss from designation can be claimed. */
  public static final Set<PatentState> CLAIMABLE_STATES =
      Collections.unmodifiableSet(
          EnumSet.of(PatentState.DESIGNATED, PatentState.LIFTED, PatentState.EXPIRED));

  private static final Map<Role, Grant> MATRIX = matrix();

  private static Map<Role, Grant> matrix() {
    Map<Role, Grant> grants = new EnumMap<>(Role.class);
    grants.put(Role.FILER, new Grant(OWN_ORGANISATION, NOTHING, true, false));
    grants.put(Role.DIALOGUE_OFFICER, new Grant(NOTHING, NOTHING, false, false));
    grants.put(Role.PATENT_EXAMINER, new Grant(NOTHING, NOTHING, false, false));
    grants.put(Role.SECURITY_REVIEWER, new Grant(EVERYTHING, EVERYTHING, false, true));
    grants.put(Role.AUDITOR, new Grant(NOTHING, NOTHING, false, false));
    grants.put(Role.ADMIN, new Grant(NOTHING, NOTHING, false, false));
    return Collections.unmodifiableMap(grants);
  }

  public Map<Role, Grant> grants() {
    return MATRIX;
  }

  /** The roles that claim (for their own applicant organisation). */
  public Set<Role> claimants() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    MATRIX.forEach(
        (role, grant) -> {
          if (grant.claim()) {
            roles.add(role);
          }
        });
    return roles;
  }

  public boolean canClaim(Actor actor) {
    return actor.roles().stream().anyMatch(role -> MATRIX.get(role).claim());
  }

  public boolean canSee(Actor actor, CompensationClaim claim) {
    return actor.roles().stream().anyMatch(role -> covers(MATRIX.get(role).see(), actor, claim));
  }

  /** The caller's roles that count on the claim, for the transition table. */
  public Set<Role> rolesOn(Actor actor, CompensationClaim claim) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : actor.roles()) {
      if (covers(MATRIX.get(role).act(), actor, claim)) {
        roles.add(role);
      }
    }
    return roles;
  }

  public boolean readsNotes(Actor actor) {
    return actor.roles().stream().anyMatch(role -> MATRIX.get(role).notes());
  }

  private static boolean covers(Reach reach, Actor actor, CompensationClaim claim) {
    return switch (reach) {
      case EVERYTHING -> true;
      case OWN_ORGANISATION -> claim.organisation().equals(actor.organisationId());
      case EVERY_FILED_CASE, ASSIGNED_CASES, NOTHING -> false;
    };
  }
}
