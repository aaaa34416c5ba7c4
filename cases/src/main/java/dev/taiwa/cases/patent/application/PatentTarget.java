package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.port.PatentApplications;
import java.util.Optional;
import java.util.Set;

/**
 * How commands reach a patent application: by its id, visible by role or by an active need-to-know
 * grant ({@link PatentQueries#canSee}).
 */
public final class PatentTarget implements Target<CaseId, PatentApplication> {
  private final PatentApplications store;
  private final PatentQueries queries;
  private final PatentAccessPolicy access = new PatentAccessPolicy();

  PatentTarget(PatentApplications store, PatentQueries queries) {
    this.store = store;
    this.queries = queries;
  }

  @Override
  public String noun() {
    return "application";
  }

  @Override
  public Optional<PatentApplication> find(CaseId id) {
    return store.find(id);
  }

  @Override
  public boolean visibleTo(Actor actor, PatentApplication application) {
    return queries.canSee(actor, application);
  }

  @Override
  public Set<Role> rolesOn(Actor actor, PatentApplication application) {
    return access.rolesOn(actor, application);
  }

  @Override
  public CaseId caseOf(PatentApplication application) {
    return application.id();
  }

  @Override
  public long versionOf(PatentApplication application) {
    return application.version();
  }
}
