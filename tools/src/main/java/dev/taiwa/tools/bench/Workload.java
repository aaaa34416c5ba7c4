package dev.taiwa.tools.bench;

/**
 * One row of the benchmark: a named unit of work a user would do (one GraphQL request, or a short
 * sequence such as create-then-submit), run again and again by each client; and, for reads, the
 * same answer through plain JDBC in the same process (the raw floor), or null.
 */
record Workload(String name, String requests, Unit unit, Unit rawFloor) {

  /** One execution; {@code n} numbers the executions of one client thread from 0. */
  @FunctionalInterface
  interface Unit {
    void run(int client, int n) throws Exception;
  }
}
