package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.identity.AccountRules;
import dev.taiwa.cases.identity.IdentityAccessPolicy;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Organisations: administrators create them; everyone lists those within its reach. */
public final class OrganisationAdministration {

  private final Organisations organisations;
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final IdentityAccessPolicy access = new IdentityAccessPolicy();

  public OrganisationAdministration(
      Organisations organisations, AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
    this.organisations = organisations;
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
  }

  /** Every organisation for administrators, officials and auditors; a filer's own for a filer. */
  public List<Organisation> visibleTo(Actor actor) {
    return switch (access.organisationsVisibleTo(actor)) {
      case EVERYTHING, EVERY_FILED_CASE -> organisations.all();
      case OWN_ORGANISATION -> organisations.find(actor.organisationId()).stream().toList();
      case ASSIGNED_CASES, NOTHING -> List.of();
    };
  }

  /** One organisation, when {@link #visibleTo} would list it for the caller. */
  public Optional<Organisation> find(Actor actor, OrganisationId id) {
    return switch (access.organisationsVisibleTo(actor)) {
      case EVERYTHING, EVERY_FILED_CASE -> organisations.find(id);
      case OWN_ORGANISATION ->
          actor.belongsTo(id) ? organisations.find(id) : Optional.<Organisation>empty();
      case ASSIGNED_CASES, NOTHING -> Optional.empty();
    };
  }

  /**
   * Creates an organisation; its name (trimmed, in NFC) must not be taken, compared in NFC. ADMIN
   * only.
   */
  public Result<Organisation> create(Actor actor, String name, OrganisationKind kind) {
    return create(actor, name, kind, null, null);
  }

  /**
   * Creates an organisation with its representative (代表者) and address, printed on the notices
   * addressed to it (both optional).
   */
  public Result<Organisation> create(
      Actor actor, String name, OrganisationKind kind, String representative, String address) {
    return pipeline.create(
        actor,
        null,
        Command.<Actor, Organisation>named(AuditAction.ORGANISATION_CREATED)
            .about(a -> "creation of organisation " + IdentityAudit.quoted(name))
            .table(
                (a, roles) ->
                    access.canAdminister(a)
                        ? Optional.empty()
                        : Optional.of(
                            Rejection.of(
                                ErrorCode.FORBIDDEN,
                                "Only an administrator may create organisations.")))
            .policy(a -> AccountRules.nameProblems("name", name))
            .policy(
                a ->
                    kind == null
                        ? List.of(
                            Rejection.onField(ErrorCode.REQUIRED, "kind", "A kind is required."))
                        : List.of())
            .does(
                (a, roles) -> {
                  if (nameTaken(AccountRules.name(name))) {
                    return Step.refused(
                        List.of(
                            Rejection.onField(
                                ErrorCode.DUPLICATE,
                                "name",
                                "An organisation of this name already exists.")));
                  }
                  Organisation created =
                      new Organisation(
                          OrganisationId.random(),
                          AccountRules.name(name),
                          kind,
                          representative,
                          address);
                  return Step.accepted(
                      created,
                      new Recorded(
                          null,
                          AuditAction.ORGANISATION_CREATED,
                          "Created organisation '"
                              + created.name()
                              + "' ("
                              + created.kind()
                              + ") with id "
                              + created.id(),
                          clock.instant()),
                      () -> organisations.insert(created));
                }));
  }

  private boolean nameTaken(String name) {
    return organisations.all().stream().anyMatch(o -> AccountRules.name(o.name()).equals(name));
  }
}
