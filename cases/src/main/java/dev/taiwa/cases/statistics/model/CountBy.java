package dev.taiwa.cases.statistics.model;

/**
 * One bar of a chart: how many cases have {@code key} (a technology number, country code, state,
 * month {@code yyyy-MM}, ...; empty when the cases did not say).
 */
public record CountBy(String key, long count) {}
