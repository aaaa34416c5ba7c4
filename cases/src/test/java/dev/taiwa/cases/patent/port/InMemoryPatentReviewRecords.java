package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.model.ReviewRecord;
import java.util.ArrayList;
import java.util.List;

/** {@link PatentReviewRecords} in a list, oldest first. */
public final class InMemoryPatentReviewRecords implements PatentReviewRecords {
  private final List<ReviewRecord> records = new ArrayList<>();

  @Override
  public synchronized void insert(ReviewRecord record) {
    records.add(record);
  }

  @Override
  public synchronized List<ReviewRecord> ofCase(CaseId caseId) {
    return records.stream().filter(r -> r.caseId().equals(caseId)).toList();
  }
}
