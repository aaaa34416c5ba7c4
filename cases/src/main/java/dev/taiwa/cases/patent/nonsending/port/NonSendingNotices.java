package dev.taiwa.cases.patent.nonsending.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import java.util.Optional;

/** The requests for a notice of non-sending, at most one per application. */
public interface NonSendingNotices {
  Optional<NonSendingNotice> find(CaseId caseId);

  void insert(NonSendingNotice notice);

  /** Records the issue of a requested notice. */
  void update(NonSendingNotice notice);
}
