package dev.taiwa.cases.secrecy;

/**
 * How much of a case (and of everything recorded about it) one caller may be shown, as {@link
 * Secrecy} decides: everything, or only its skeleton (id, number, state) while its content is
 * secret and the caller has no need-to-know.
 */
public enum Disclosure {
  /** Every field, and every record about the case the caller's roles read. */
  FULL,
  /** Only the skeleton fields of {@link WithheldFields}; no record about the case at all. */
  SKELETON;

  /** True when only the skeleton may be shown. */
  public boolean withheld() {
    return this == SKELETON;
  }
}
