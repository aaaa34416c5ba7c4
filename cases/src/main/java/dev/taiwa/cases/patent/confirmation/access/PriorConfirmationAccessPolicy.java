package dev.taiwa.cases.patent.confirmation.access;

import static dev.taiwa.cases.kernel.Reach.EVERYTHING;
import static dev.taiwa.cases.kernel.Reach.NOTHING;
import static dev.taiwa.cases.kernel.Reach.OWN_ORGANISATION;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.secrecy.Secrecy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may see, ask and act on prior-confirmation requests (事前確認), as data: one {@link Grant} per
 * role. The whole request is need-to-know (its summary is secret): the requesting organisation's
 * filers, patent examiners and security reviewers, plus named holders of an active grant; nobody
 * else learns that it exists. The consultation with the Cabinet Office is internal: only the
 * offices ({@code internal}) read it.
 */
public final class PriorConfirmationAccessPolicy {

  /** One row: how far a role sees and acts, whether it asks, and whether it reads the internal. */
  public record Grant(Reach see, Reach act, boolean request, boolean internal) {}

  private static final Map<Role, Grant> MATRIX = matrix();

  /** The offices the consultation is internal to: the roles whose row reads the internal. */
  private static final Set<Role> OFFICES =
      MATRIX.entrySet().stream()
          .filter(row -> row.getValue().internal())
          .map(Map.Entry::getKey)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Secrecy SECRECY = new Secrecy();

  private static Map<Role, Grant> matrix() {
    Map<Role, Grant> grants = new EnumMap<>(Role.class);
    grants.put(Role.FILER, new Grant(OWN_ORGANISATION, OWN_ORGANISATION, true, false));
    grants.put(Role.DIALOGUE_OFFICER, new Grant(NOTHING, NOTHING, false, false));
    grants.put(Role.PATENT_EXAMINER, new Grant(EVERYTHING, EVERYTHING, false, true));
    grants.put(Role.SECURITY_REVIEWER, new Grant(EVERYTHING, EVERYTHING, false, true));
    grants.put(Role.AUDITOR, new Grant(NOTHING, NOTHING, false, false));
    grants.put(Role.ADMIN, new Grant(NOTHING, NOTHING, false, false));
    return Collections.unmodifiableMap(grants);
  }

  public Map<Role, Grant> grants() {
    return MATRIX;
  }

  /** True when the caller may ask for a prior confirmation (for its own organisation). */
  public boolean canRequest(Actor actor) {
    return actor.roles().stream().anyMatch(role -> MATRIX.get(role).request());
  }

  /** True when one of the caller's roles shows the request (grants are checked apart). */
  public boolean canSeeByRole(Actor actor, PriorConfirmation request) {
    return actor.roles().stream().anyMatch(role -> covers(MATRIX.get(role).see(), actor, request));
  }

  /** The caller's roles that count on the request, for the transition table. */
  public Set<Role> rolesOn(Actor actor, PriorConfirmation request) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : actor.roles()) {
      if (covers(MATRIX.get(role).act(), actor, request)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** True when the caller reads the internal consultation (the offices only). */
  public boolean readsInternal(Actor actor) {
    return SECRECY.showsInternalRecords(actor, OFFICES);
  }

  /** Every organisation's requests, or only the caller's own, or none (grants are not listed). */
  public Reach listReach(Actor actor) {
    Reach widest = NOTHING;
    for (Role role : actor.roles()) {
      Reach reach = MATRIX.get(role).see();
      if (reach.ordinal() < widest.ordinal()) {
        widest = reach;
      }
    }
    return widest;
  }

  private static boolean covers(Reach reach, Actor actor, PriorConfirmation request) {
    return switch (reach) {
      case EVERYTHING -> true;
      case OWN_ORGANISATION -> request.organisation().equals(actor.organisationId());
      case EVERY_FILED_CASE, ASSIGNED_CASES, NOTHING -> false;
    };
  }
}
