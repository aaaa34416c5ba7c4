package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read the audit log, and how much of it: auditors (oversight) read everything, including
 * logins and administration; dialogue officers read the events about the cases they may see (filed
 * cases, never a company's draft). Only auditors verify the chain.
 */
public final class AuditLogAccessPolicy {
  private static final Set<Role> READERS =
      Collections.unmodifiableSet(EnumSet.of(Role.DIALOGUE_OFFICER, Role.AUDITOR));
  private static final Set<Role> WHOLE_LOG_READERS =
      Collections.unmodifiableSet(EnumSet.of(Role.AUDITOR));
  private static final Set<Role> VERIFIERS = Collections.unmodifiableSet(EnumSet.of(Role.AUDITOR));

  /** How much of the log a search covers. */
  public enum LogReach {
    /** Every event: cases, logins, administration, verifications. */
    WHOLE_LOG,
    /** Only events about a case. */
    CASE_EVENTS,
    /** Nothing: the caller may not read the log. */
    NOTHING
  }

  /** The roles that may read the audit log, for documentation and tests. */
  public Set<Role> readers() {
    return READERS;
  }

  /** The roles that may verify the chain. */
  public Set<Role> verifiers() {
    return VERIFIERS;
  }

  public boolean canRead(Actor actor) {
    return actor.roles().stream().anyMatch(READERS::contains);
  }

  /** The widest reach among the caller's roles. */
  public LogReach searchReachOf(Actor actor) {
    return actor.roles().stream()
        .map(this::reachOf)
        .min(Comparator.naturalOrder())
        .orElse(LogReach.NOTHING);
  }

  /** How much of the log one role reads (a cell of the access matrix). */
  public LogReach reachOf(Role role) {
    if (WHOLE_LOG_READERS.contains(role)) {
      return LogReach.WHOLE_LOG;
    }
    return READERS.contains(role) ? LogReach.CASE_EVENTS : LogReach.NOTHING;
  }

  public boolean canVerifyTheChain(Actor actor) {
    return actor.roles().stream().anyMatch(VERIFIERS::contains);
  }
}
