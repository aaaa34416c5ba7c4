package dev.taiwa.cases.prereport.port;

/** Port: gap-tolerant, never-repeating sequence numbers per prefix and year. */
public interface ReferenceNumbers {
  /** The next number (starting at 1) for {@code prefix} in {@code year}. */
  long next(String prefix, int year);
}
