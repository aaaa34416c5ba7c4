package dev.taiwa.service.access;

import dev.taiwa.cases.kernel.Role;

/**
 * Who runs a probe: one role, in the organisation that owns the probed case ({@code own}) or in
 * another company.
 */
record Caller(Role role, boolean own, String token) {
  @Override
  public String toString() {
    return role + (own ? " of the owning organisation" : " of another organisation");
  }
}
