package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.model.ReviewRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Port: the records of security review, designation and obligation sub-cases of applications. */
public interface PatentReviewRecords {
  void insert(ReviewRecord record);

  /** The case's records, oldest first. */
  List<ReviewRecord> ofCase(CaseId caseId);

  /** The records of each of {@code caseIds} (empty lists included), oldest first. */
  default Map<CaseId, List<ReviewRecord>> ofCases(Collection<CaseId> caseIds) {
    Map<CaseId, List<ReviewRecord>> byCase = new LinkedHashMap<>();
    caseIds.forEach(id -> byCase.put(id, ofCase(id)));
    return byCase;
  }
}
