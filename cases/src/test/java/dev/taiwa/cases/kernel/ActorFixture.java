package dev.taiwa.cases.kernel;

import java.util.Set;

/** Builds callers: {@code anActor().filerOf(org)}, {@code anActor().dialogueOfficer()}, ... */
public final class ActorFixture {
  /** The ministry's own organisation, home of the officials. */
  public static final OrganisationId METI = OrganisationId.random();

  private String username = "someone";

  private ActorFixture() {}

  public static ActorFixture anActor() {
    return new ActorFixture();
  }

  public ActorFixture named(String username) {
    this.username = username;
    return this;
  }

  public Actor filerOf(OrganisationId organisation) {
    return withRoles(organisation, Role.FILER);
  }

  public Actor dialogueOfficer() {
    return withRoles(METI, Role.DIALOGUE_OFFICER);
  }

  public Actor auditor() {
    return withRoles(METI, Role.AUDITOR);
  }

  /** An actor of its own organisation holding only {@code role}. */
  public Actor withRole(Role role) {
    return withRoles(OrganisationId.random(), role);
  }

  public Actor withRoles(OrganisationId organisation, Role... roles) {
    return new Actor(UserId.random(), username, organisation, Set.of(roles));
  }
}
