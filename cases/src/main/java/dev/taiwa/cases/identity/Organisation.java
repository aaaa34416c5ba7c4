package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.OrganisationId;
import java.util.Objects;

/**
 * A company, university, research body or government office whose users work in Taiwa; its
 * representative (代表者, e.g. 代表取締役 山田 太郎) and address, when recorded, are printed under the
 * organisation's name on the notices addressed to it.
 */
public record Organisation(
    OrganisationId id, String name, OrganisationKind kind, String representative, String address) {
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    representative = blankToNull(representative);
    address = blankToNull(address);
  }

  /** An organisation without a recorded representative or address. */
  public Organisation(OrganisationId id, String name, OrganisationKind kind) {
    this(id, name, kind, null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
