package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Port: the append-only, hash-chained audit log. {@link #append} joins the caller's transaction and
 * serialises appenders so that the chain never forks.
 */
public interface AuditLog {
  AuditEvent append(AuditEntry entry);

  /** The events of one case, oldest first. */
  List<AuditEvent> trail(CaseId caseId);

  /** The events of each of {@code caseIds}, oldest first; stores answer with one query. */
  default Map<CaseId, List<AuditEvent>> trails(Collection<CaseId> caseIds) {
    Map<CaseId, List<AuditEvent>> trails = new java.util.LinkedHashMap<>();
    caseIds.forEach(id -> trails.put(id, trail(id)));
    return trails;
  }

  /**
   * Appends {@code entries} in order, as {@link #append} would one by one; stores write them in one
   * batch.
   */
  default List<AuditEvent> appendAll(List<AuditEntry> entries) {
    return entries.stream().map(this::append).toList();
  }

  /**
   * One page of the events matching {@code filter}, newest first by sequence, with the number of
   * all matching events. The filter is applied by the store, not in memory.
   */
  Page<AuditEvent> search(AuditFilter filter, AuditPageRequest page);

  /** Streams every event in sequence order to {@code sink}, in batches, for verification. */
  void forEach(Consumer<AuditEvent> sink);

  /** The log's own record of its last event, kept apart from the events. */
  AuditChainHead head();
}
