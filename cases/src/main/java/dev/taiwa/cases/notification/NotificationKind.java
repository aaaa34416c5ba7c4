package dev.taiwa.cases.notification;

/**
 * What an in-app notification tells. Its text is made from the kind and the case's reference when
 * the feed is read, in Japanese and English; a notification never carries case content.
 */
public enum NotificationKind {
  QUERY_ASKED,
  QUERY_ANSWERED,
  MEETING_SCHEDULED,
  MEETING_CHANGED,
  INFORM_ISSUED,
  DEADLINE_IN_5_WORKING_DAYS,
  DEADLINE_IN_1_WORKING_DAY,
  DEADLINE_OVERDUE,
  PATENT_MATERIALS_REQUESTED,
  PATENT_PRIOR_NOTICE_ISSUED,
  PATENT_REVIEW_DECIDED,
  /** First screening sent the application to security review (送付通知, ESPA Art. 66). */
  PATENT_SENT_TO_REVIEW,
  /** First screening decided not to send the application to security review. */
  PATENT_NOT_SENT,
  /** The designation was lifted; due: the examination request. */
  PATENT_DESIGNATION_LIFTED,
  /** The designation period ran out; due: the examination request. */
  PATENT_DESIGNATION_EXPIRED,
  /** Screening against a newly imported list version found new hits on the case. */
  SCREENING_HITS_FOUND
}
