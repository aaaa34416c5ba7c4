package dev.taiwa.cases.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identity of an organisation: a company, university, research body or government office. */
public record OrganisationId(UUID value) {
  public OrganisationId {
    Objects.requireNonNull(value, "organisation id");
  }

  public static OrganisationId random() {
    return new OrganisationId(UUID.randomUUID());
  }

  public static OrganisationId parse(String text) {
    return new OrganisationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
