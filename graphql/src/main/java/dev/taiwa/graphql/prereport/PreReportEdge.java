package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.prereport.model.PreReport;

/** One report of a page with its cursor. */
public record PreReportEdge(String cursor, PreReport node) {}
