package dev.taiwa.cases.statistics.access;

import static dev.taiwa.cases.kernel.Reach.EVERYTHING;
import static dev.taiwa.cases.kernel.Reach.EVERY_FILED_CASE;
import static dev.taiwa.cases.kernel.Reach.NOTHING;
import static dev.taiwa.cases.kernel.Reach.OWN_ORGANISATION;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.statistics.port.StatisticsScope;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Whose cases each role's statistics count, as data: a company its own organisation's filed
 * pre-reports and applications; dialogue officers every filed pre-report (their track); examiners
 * and security reviewers the patent track, each in the application states its patent grant counts
 * in (a reviewer from SENT_TO_REVIEW on); auditors both tracks; admins nothing (FORBIDDEN).
 */
public final class StatisticsPolicy {

  /** One row: how far a role's figures reach into each track. */
  public record Grant(Reach preReports, Reach patents) {}

  private static final PatentAccessPolicy PATENTS = new PatentAccessPolicy();
  private static final Map<Role, Grant> MATRIX = matrix();

  private static Map<Role, Grant> matrix() {
    Map<Role, Grant> grants = new EnumMap<>(Role.class);
    grants.put(Role.FILER, new Grant(OWN_ORGANISATION, OWN_ORGANISATION));
    grants.put(Role.DIALOGUE_OFFICER, new Grant(EVERY_FILED_CASE, NOTHING));
    grants.put(Role.PATENT_EXAMINER, new Grant(NOTHING, EVERYTHING));
    grants.put(Role.SECURITY_REVIEWER, new Grant(NOTHING, EVERYTHING));
    grants.put(Role.AUDITOR, new Grant(EVERY_FILED_CASE, EVERYTHING));
    grants.put(Role.ADMIN, new Grant(NOTHING, NOTHING));
    return Collections.unmodifiableMap(grants);
  }

  /** The whole matrix, one grant per role, for the access matrix and tests. */
  public Map<Role, Grant> grants() {
    return MATRIX;
  }

  /** The cases the caller's figures count: what any of its roles counts. */
  public StatisticsScope scopeFor(Actor actor) {
    StatisticsScope scope = StatisticsScope.nothing();
    for (Role role : actor.roles()) {
      Grant grant = MATRIX.get(role);
      scope =
          scope
              .union(preReports(grant.preReports(), actor))
              .union(patents(grant.patents(), role, actor));
    }
    return scope;
  }

  private static StatisticsScope preReports(Reach reach, Actor actor) {
    return switch (reach) {
      case EVERY_FILED_CASE -> new StatisticsScope(null, true, null, Set.of());
      case OWN_ORGANISATION -> new StatisticsScope(actor.organisationId(), false, null, Set.of());
      case NOTHING -> StatisticsScope.nothing();
      case EVERYTHING, ASSIGNED_CASES ->
          throw new IllegalStateException("pre-report figures reach filed cases at most");
    };
  }

  private static StatisticsScope patents(Reach reach, Role role, Actor actor) {
    return switch (reach) {
      case EVERYTHING ->
          new StatisticsScope(null, false, null, PATENTS.grants().get(role).states());
      case OWN_ORGANISATION -> new StatisticsScope(null, false, actor.organisationId(), Set.of());
      case NOTHING -> StatisticsScope.nothing();
      case EVERY_FILED_CASE, ASSIGNED_CASES ->
          throw new IllegalStateException("no patent figures by filing or assignment");
    };
  }
}
