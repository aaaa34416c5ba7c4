package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.OrganisationId;
import java.util.Objects;

/** A company, university, research body or government office whose users work in Taiwa. */
public record Organisation(OrganisationId id, String name, OrganisationKind kind) {
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
