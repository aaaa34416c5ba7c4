package dev.taiwa.cases.statistics.model;

/**
 * How the deadlines of one rule were kept: met on or before the due date, met after it, and still
 * open past it (overdue). Cancelled deadlines and open ones not yet due do not count.
 */
public record DeadlineKeeping(String rule, long metOnTime, long metLate, long overdue) {}
