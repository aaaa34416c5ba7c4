package dev.taiwa.service.persistence.database;

/** PLACEHOLDER until perf-batching lands: replaced by the real counter at merge. */
@jakarta.inject.Singleton
public class StatementCount {
  public long executed() {
    return -1;
  }
}
