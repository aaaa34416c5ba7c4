package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.model.ReviewRecord;
import java.util.List;

/** Port: the records of security review, designation and obligation sub-cases of applications. */
public interface PatentReviewRecords {
  void insert(ReviewRecord record);

  /** The case's records, oldest first. */
  List<ReviewRecord> ofCase(CaseId caseId);
}
