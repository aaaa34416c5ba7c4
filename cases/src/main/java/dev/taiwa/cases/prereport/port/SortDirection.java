package dev.taiwa.cases.prereport.port;

/** Ascending (oldest, earliest, A first) or descending. */
public enum SortDirection {
  ASC,
  DESC
}
