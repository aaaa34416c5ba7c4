package dev.taiwa.graphql.admin;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import java.util.List;

/** What {@code createOrganisation} answers: the new organisation, and the refusals. */
public record OrganisationPayload(Organisation organisation, List<Rejection> errors) {

  public static OrganisationPayload of(Result<Organisation> result) {
    return new OrganisationPayload(result.value().orElse(null), result.errors());
  }
}
