package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.access.IdentityAccessPolicy;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.AccountRules;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Organisations: administrators create them; everyone lists those within its reach. */
public final class OrganisationAdministration {
  public static final String ORGANISATION_CREATED = "ORGANISATION_CREATED";

  private final Organisations organisations;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final IdentityAccessPolicy access = new IdentityAccessPolicy();

  public OrganisationAdministration(
      Organisations organisations, AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
    this.organisations = organisations;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
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
    List<Rejection> problems = new ArrayList<>();
    if (!access.canAdminister(actor)) {
      problems.add(
          Rejection.of(ErrorCode.FORBIDDEN, "Only an administrator may create organisations."));
    } else {
      problems.addAll(AccountRules.nameProblems("name", name));
      if (kind == null) {
        problems.add(Rejection.onField(ErrorCode.REQUIRED, "kind", "A kind is required."));
      }
      if (problems.isEmpty() && nameTaken(AccountRules.name(name))) {
        problems.add(
            Rejection.onField(
                ErrorCode.DUPLICATE, "name", "An organisation of this name already exists."));
      }
    }
    Instant now = clock.instant();
    if (!problems.isEmpty()) {
      unitOfWork.inTransaction(
          () ->
              auditLog.append(
                  IdentityAudit.rejected(
                      actor,
                      now,
                      ORGANISATION_CREATED,
                      "creation of organisation " + IdentityAudit.quoted(name),
                      problems)));
      return Result.refused(Optional.empty(), problems);
    }
    Organisation created = new Organisation(OrganisationId.random(), AccountRules.name(name), kind);
    return Result.ok(
        unitOfWork.inTransaction(
            () -> {
              organisations.insert(created);
              auditLog.append(
                  IdentityAudit.accepted(
                      actor,
                      now,
                      ORGANISATION_CREATED,
                      "Created organisation '"
                          + created.name()
                          + "' ("
                          + created.kind()
                          + ") with id "
                          + created.id()));
              return created;
            }));
  }

  private boolean nameTaken(String name) {
    return organisations.all().stream().anyMatch(o -> AccountRules.name(o.name()).equals(name));
  }
}
