package dev.taiwa.cases.dialogue.model;

/** The work queues of dialogue officers over open filed pre-reports. */
public enum DialogueQueue {
  /** Cases whose case officer is the caller. */
  MINE,
  /** Cases without a case officer. */
  UNASSIGNED,
  /** Cases with an open deadline owed by officials that is past due. */
  OVERDUE,
  /** Cases with an open deadline owed by the company (an open query, the licence window). */
  AWAITING_COMPANY,
  /** Cases listing a given technology number. */
  BY_TECHNOLOGY
}
