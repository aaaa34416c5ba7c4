package dev.taiwa.cases.prereport.model;

/** Grounds a company may claim for a transfer to be outside the pre-report duty. */
public enum Exemption {
  /** The technology is publicly available (公知). */
  PUBLICLY_AVAILABLE,
  /** Basic scientific research. */
  BASIC_RESEARCH,
  /** Minimum-necessary provision (wording unconfirmed). */
  MINIMUM_NECESSARY_PROVISION
}
