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
  PATENT_REVIEW_DECIDED
}
