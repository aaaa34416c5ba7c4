package dev.taiwa.graphql.audit;

/** One event of a page with its cursor. */
public record AuditEventEdge(String cursor, AuditEventView node) {}
