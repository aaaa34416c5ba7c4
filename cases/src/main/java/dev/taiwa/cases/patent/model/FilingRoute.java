package dev.taiwa.cases.patent.model;

/** How the application reached the patent office; decides whether it is screened at all. */
public enum FilingRoute {
  /** An ordinary domestic filing. */
  DIRECT,
  /** A PCT international application entering the Japanese national phase (Art. 66(5)). */
  PCT_NATIONAL_PHASE,
  /** A divisional application (分割出願). */
  DIVISIONAL,
  /** An application claiming priority (優先権主張出願). */
  PRIORITY_CLAIMING
}
