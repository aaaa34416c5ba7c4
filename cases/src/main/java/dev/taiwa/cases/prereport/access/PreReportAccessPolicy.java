package dev.taiwa.cases.prereport.access;

import static dev.taiwa.cases.kernel.Reach.EVERY_FILED_CASE;
import static dev.taiwa.cases.kernel.Reach.NOTHING;
import static dev.taiwa.cases.kernel.Reach.OWN_ORGANISATION;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportScope;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may see and act on which pre-reports, as data: one {@link Grant} per role. A filer works on
 * its own organisation's reports; a dialogue officer on every organisation's filed report (never a
 * draft); the other roles get no pre-report content (for now). What a role may do in each state is
 * the transition table's business; this policy only says on which cases the role counts.
 */
public final class PreReportAccessPolicy {

  /** One row of the matrix: how far a role may see, how far it may act, whether it may create. */
  public record Grant(Reach see, Reach act, boolean create) {}

  private static final Map<Role, Grant> MATRIX = matrix();

  private static Map<Role, Grant> matrix() {
    Map<Role, Grant> grants = new EnumMap<>(Role.class);
    grants.put(Role.FILER, new Grant(OWN_ORGANISATION, OWN_ORGANISATION, true));
    grants.put(Role.DIALOGUE_OFFICER, new Grant(EVERY_FILED_CASE, EVERY_FILED_CASE, false));
    grants.put(Role.PATENT_EXAMINER, new Grant(NOTHING, NOTHING, false));
    grants.put(Role.SECURITY_REVIEWER, new Grant(NOTHING, NOTHING, false));
    grants.put(Role.AUDITOR, new Grant(NOTHING, NOTHING, false));
    grants.put(Role.ADMIN, new Grant(NOTHING, NOTHING, false));
    return Collections.unmodifiableMap(grants);
  }

  /** The whole matrix, one grant per role, for documentation and tests. */
  public Map<Role, Grant> grants() {
    return MATRIX;
  }

  /** Which reports the caller may see at all: what any of its roles shows. */
  public PreReportScope scopeFor(Actor actor) {
    PreReportScope scope = PreReportScope.nothing();
    for (Role role : actor.roles()) {
      scope =
          scope.union(
              switch (grantOf(role).see()) {
                case EVERY_FILED_CASE -> PreReportScope.filedOfEveryOrganisation();
                case OWN_ORGANISATION -> PreReportScope.ownOrganisation(actor.organisationId());
                case NOTHING -> PreReportScope.nothing();
                case EVERYTHING, ASSIGNED_CASES ->
                    throw new IllegalStateException(
                        "pre-report grants reach filed cases or the own organisation only");
              });
    }
    return scope;
  }

  /** True when the caller may know that {@code report} exists and read it. */
  public boolean canSee(Actor actor, PreReport report) {
    return actor.roles().stream().anyMatch(role -> covers(grantOf(role).see(), actor, report));
  }

  /** True when at least one of the caller's roles counts on {@code report}. */
  public boolean canAct(Actor actor, PreReport report) {
    return !rolesOn(actor, report).isEmpty();
  }

  /**
   * The caller's roles that count on {@code report}: a filer's role only on its own organisation's
   * reports. The transition table is asked with these roles, never with all of the caller's.
   */
  public Set<Role> rolesOn(Actor actor, PreReport report) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : actor.roles()) {
      if (covers(grantOf(role).act(), actor, report)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** True when the caller may start a new report (for its own organisation). */
  public boolean canCreate(Actor actor) {
    return actor.roles().stream().anyMatch(role -> grantOf(role).create());
  }

  private static Grant grantOf(Role role) {
    return MATRIX.get(role);
  }

  private static boolean covers(Reach reach, Actor actor, PreReport report) {
    return switch (reach) {
      case EVERY_FILED_CASE -> report.state() != PreReportState.DRAFT;
      case OWN_ORGANISATION -> actor.belongsTo(report.organisationId());
      case NOTHING, ASSIGNED_CASES -> false;
      case EVERYTHING -> true;
    };
  }
}
