package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Port: which dialogue officer each case is assigned to (none until someone assigns one). */
public interface CaseOfficers {
  /** The assigned officers of the cases among {@code cases} that have one: one batch query. */
  Map<CaseId, UserId> findAll(Collection<CaseId> cases);

  /** Assigns (or reassigns) {@code officer} to {@code caseId}. */
  void assign(CaseId caseId, UserId officer, Instant at);
}
