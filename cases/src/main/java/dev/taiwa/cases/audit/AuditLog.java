package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.CaseId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the append-only, hash-chained audit log. {@link #append} joins the caller's transaction and
 * serialises appenders so that the chain never forks.
 */
public interface AuditLog {
  AuditEvent append(AuditEntry entry);

  /** The events of one case, oldest first. */
  List<AuditEvent> trail(CaseId caseId);

  /** Streams every event in sequence order to {@code sink}, in batches, for verification. */
  void forEach(Consumer<AuditEvent> sink);
}
