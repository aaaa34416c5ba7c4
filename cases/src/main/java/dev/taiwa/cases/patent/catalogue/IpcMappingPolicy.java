package dev.taiwa.cases.patent.catalogue;

import dev.taiwa.cases.kernel.Role;
import java.util.Set;

/**
 * Who may revise the IPC mapping of the specified fields: administrators only (it is reference data
 * that routes every application's screening). Everybody who may read the specified fields may read
 * the recorded revisions.
 */
public final class IpcMappingPolicy {
  public Set<Role> recorders() {
    return Set.of(Role.ADMIN);
  }
}
