package dev.taiwa.cases.screening.model;

/**
 * Rule {@code screening.matchThreshold}: the score (0–1) from which a list entry counts as a hit.
 * Chosen on the name-pair table of {@code NameMatchingTableTest} (operational choice, no legal
 * figure): every listed variant hits, every near-miss stays below it.
 */
public record ScreeningThreshold(double value) {
  public static final ScreeningThreshold DEFAULT = new ScreeningThreshold(0.93);

  public ScreeningThreshold {
    if (value <= 0 || value > 1) {
      throw new IllegalArgumentException("a threshold lies in (0, 1]");
    }
  }
}
