package dev.taiwa.cases.patent.nonsending.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Requests for a notice of non-sending in a map: one per application. */
public final class InMemoryNonSendingNotices implements NonSendingNotices {
  private final Map<CaseId, NonSendingNotice> stored = new HashMap<>();

  @Override
  public Optional<NonSendingNotice> find(CaseId caseId) {
    return Optional.ofNullable(stored.get(caseId));
  }

  @Override
  public void insert(NonSendingNotice notice) {
    if (stored.putIfAbsent(notice.caseId(), notice) != null) {
      throw new IllegalStateException("already requested: " + notice.caseId());
    }
  }

  @Override
  public void update(NonSendingNotice notice) {
    if (stored.replace(notice.caseId(), notice) == null) {
      throw new IllegalStateException("never requested: " + notice.caseId());
    }
  }
}
