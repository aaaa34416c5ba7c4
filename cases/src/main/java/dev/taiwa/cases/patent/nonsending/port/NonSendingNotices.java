package dev.taiwa.cases.patent.nonsending.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The requests for a notice of non-sending, at most one per application. */
public interface NonSendingNotices {
  Optional<NonSendingNotice> find(CaseId caseId);

  /** The notices of those of {@code caseIds} that have one. */
  default Map<CaseId, NonSendingNotice> findAll(Collection<CaseId> caseIds) {
    Map<CaseId, NonSendingNotice> found = new LinkedHashMap<>();
    caseIds.forEach(id -> find(id).ifPresent(notice -> found.put(id, notice)));
    return found;
  }

  void insert(NonSendingNotice notice);

  /** Records the issue of a requested notice. */
  void update(NonSendingNotice notice);
}
