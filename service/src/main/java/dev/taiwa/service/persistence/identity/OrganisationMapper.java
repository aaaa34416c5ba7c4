package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.OrganisationId;

/** Maps {@link Organisation} to and from {@link OrganisationRow}. */
final class OrganisationMapper {
  private OrganisationMapper() {}

  static OrganisationRow toRow(Organisation organisation) {
    return new OrganisationRow(
        organisation.id().toString(),
        organisation.name(),
        organisation.kind().name(),
        organisation.representative(),
        organisation.address());
  }

  static Organisation toDomain(OrganisationRow row) {
    return new Organisation(
        OrganisationId.parse(row.id()),
        row.name(),
        OrganisationKind.valueOf(row.kind()),
        row.representative(),
        row.address());
  }
}
