package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;

/**
 * Names, not ids: a company sees the officials on its case (case officer, meeting attendees, who
 * decided) by name and office, never as user ids; officials, auditors and operators also get the
 * ids, to assign work and to follow the audit log. A caller whose only role is {@link Role#FILER}
 * is a company's user.
 */
public final class UserIdVisibility {
  private UserIdVisibility() {}

  /** True when {@code caller} may be shown the user ids of the people on a case. */
  public static boolean showsIds(Actor caller) {
    return caller.roles().stream().anyMatch(role -> role != Role.FILER);
  }
}
