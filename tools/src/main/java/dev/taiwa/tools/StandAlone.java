package dev.taiwa.tools;

/**
 * A subcommand that makes its own application contexts (or none), so {@code taiwa} starts none for
 * it: e.g. {@code bench}, which starts the whole service on a database of its own.
 */
public interface StandAlone {}
