package dev.taiwa.cases.patent.compensation.model;

/** What caused the loss a claim is for (ESPA Art. 80: losses that ordinarily arise). */
public enum LossCause {
  /** 実施の許可を受けられなかった: a working permission was refused. */
  WORKING_PERMISSION_REFUSED,
  /** 実施の許可に条件が付された: a working permission came with conditions. */
  WORKING_PERMISSION_CONDITIONS,
  /** 発明の共有の承認を受けられなかった: a sharing approval was refused. */
  SHARING_REFUSED,
  /** その他 (explained in the basis). */
  OTHER
}
