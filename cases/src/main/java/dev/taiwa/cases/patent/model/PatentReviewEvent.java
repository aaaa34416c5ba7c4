package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;

/**
 * What happened in security review, designation and its obligations; each is one audit entry. The
 * summary never carries secret content (no text of a request, reason or condition).
 */
public record PatentReviewEvent(CaseId caseId, String type, String summary, Instant occurredAt)
    implements DomainEvent {
  public static final String REVIEW_STARTED = "PATENT_SECURITY_REVIEW_STARTED";
  public static final String MATERIALS_REQUESTED = "PATENT_MATERIALS_REQUESTED";
  public static final String MATERIALS_ANSWERED = "PATENT_MATERIALS_ANSWERED";
  public static final String CONSULTATION_RECORDED = "PATENT_CONSULTATION_RECORDED";
  public static final String PRIOR_NOTICE_ISSUED = "PATENT_PRIOR_NOTICE_ISSUED";
  public static final String APPLICATION_MAINTAINED = "PATENT_APPLICATION_MAINTAINED";
  public static final String DISMISSED = "PATENT_APPLICATION_DISMISSED";
  public static final String WITHDRAWN = "PATENT_APPLICATION_WITHDRAWN";
  public static final String DESIGNATED = "PATENT_DESIGNATED";
  public static final String NOT_DESIGNATED = "PATENT_NOT_DESIGNATED";
  public static final String EXTENDED = "PATENT_DESIGNATION_EXTENDED";
  public static final String LIFTED = "PATENT_DESIGNATION_LIFTED";
  public static final String EXPIRED = "PATENT_DESIGNATION_EXPIRED";
  public static final String OBLIGATION_FILED = "PATENT_OBLIGATION_FILED";
  public static final String OBLIGATION_DECIDED = "PATENT_OBLIGATION_DECIDED";
}
