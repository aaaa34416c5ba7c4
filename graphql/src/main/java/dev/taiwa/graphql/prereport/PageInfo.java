package dev.taiwa.graphql.prereport;

/** Relay page information: whether more follow and where this page ended. */
public record PageInfo(boolean hasNextPage, String endCursor) {}
