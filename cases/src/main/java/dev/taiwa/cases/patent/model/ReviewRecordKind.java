package dev.taiwa.cases.patent.model;

/**
 * What a record of security review or designation is. {@link #internal()} records (consultations)
 * are never shown to the applicant.
 */
public enum ReviewRecordKind {
  /** The reviewer asks the applicant for materials or explanations (Art. 67), with a reply date. */
  MATERIALS_REQUEST(false),
  /** The applicant's filer answers a materials request. */
  MATERIALS_REPLY(false),
  /** An expert or agency consultation by the reviewer: internal. */
  CONSULTATION(true),
  /** The notice before designation (Art. 67), with the reply due date. */
  PRIOR_NOTICE(false),
  /** The applicant maintains the application, naming the businesses that will share it. */
  MAINTAINED(false),
  /** The designation decision, with the period end. */
  DESIGNATION(false),
  /** An extension decision, with the new period end. */
  EXTENSION(false),
  /** The notice of non-designation. */
  NOT_DESIGNATED_NOTICE(false),
  /** The lifting decision, with the reason and the lifting notice date. */
  LIFTING(false),
  /** The designation ran out. */
  EXPIRY(false),
  /** Dismissal (却下) for want of a reply to the prior notice. */
  DISMISSAL(false),
  /** The applicant withdrew the application. */
  WITHDRAWAL(false),
  /** The applicant asks for permission to work the invention (実施の許可, Art. 73). */
  WORKING_PERMISSION_REQUEST(false),
  /** The reviewer grants working permission, with its conditions. */
  WORKING_PERMISSION_GRANTED(false),
  /** The reviewer refuses working permission, with reasons. */
  WORKING_PERMISSION_REFUSED(false),
  /** The applicant asks approval to share the invention with a new business (Art. 76). */
  SHARING_APPROVAL_REQUEST(false),
  /** The reviewer approves the sharing. */
  SHARING_APPROVED(false),
  /** The reviewer refuses the sharing. */
  SHARING_REFUSED(false),
  /** The applicant notifies a change about a sharing business (Art. 76). */
  SHARING_CHANGE_NOTIFIED(false),
  /** The applicant attests its information-management measures (適正管理措置, Art. 75). */
  MANAGEMENT_ATTESTATION(false),
  /** The applicant reports an incident such as a leak. */
  INCIDENT_REPORT(false),
  /** The reviewer acknowledges an incident report. */
  INCIDENT_ACKNOWLEDGED(false);

  private final boolean internal;

  ReviewRecordKind(boolean internal) {
    this.internal = internal;
  }

  /** True when only officials may read it. */
  public boolean internal() {
    return internal;
  }
}
