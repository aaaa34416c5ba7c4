package dev.taiwa.service.persistence.prereport;

import io.micronaut.core.annotation.Introspected;

/**
 * A row of {@code pre_report_technology}: the technology at {@code position} of a report's list.
 */
@Introspected
public record PreReportTechnologyRow(String reportId, int position, int technologyNumber) {}
