package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;

/**
 * One deadline of an application as its readers see it: the ledger row, the computed deadline, its
 * status today (the same as {@code deadlines} shows), and the explanation (for the examination
 * request after lifting, prefixed by the comparison of its two candidates).
 */
public record PatentTrackDeadline(
    TrackedDeadline tracked,
    Deadline deadline,
    TrackedStatus status,
    String explanation,
    String explanationJa) {}
