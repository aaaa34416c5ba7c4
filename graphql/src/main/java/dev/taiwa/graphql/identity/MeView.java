package dev.taiwa.graphql.identity;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import java.util.List;

/** The GraphQL {@code Me} type: the signed-in user's account as the API shows it. */
public record MeView(
    String id,
    String username,
    String displayName,
    List<Role> roles,
    OrganisationId organisationId) {}
