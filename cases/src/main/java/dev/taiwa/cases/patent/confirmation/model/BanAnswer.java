package dev.taiwa.cases.patent.confirmation.model;

/** The patent office's answer to a prior-confirmation request. */
public enum BanAnswer {
  /** The foreign-filing ban (外国出願の禁止, Art. 78) applies: file in Japan first. */
  BAN_APPLIES,
  /** The ban does not apply: the invention may be filed abroad first. */
  BAN_DOES_NOT_APPLY
}
