package dev.taiwa.cases.statistics.model;

/**
 * How long the pre-reports that ended in {@code outcome} took from submission to closure, in whole
 * days: the median and the 90th percentile by the nearest-rank method (the smallest duration at
 * least half, resp. nine tenths, of the cases did not exceed).
 */
public record TimeToClose(String outcome, long cases, long medianDays, long percentile90Days) {}
