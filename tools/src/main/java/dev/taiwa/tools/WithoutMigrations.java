package dev.taiwa.tools;

/**
 * Marks a command that starts Taiwa without running migrations: it only copies the database (a
 * backup), so it neither changes the schema nor waits for the write lock a running load holds.
 */
public interface WithoutMigrations {}
