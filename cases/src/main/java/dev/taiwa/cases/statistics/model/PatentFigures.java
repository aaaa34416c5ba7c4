package dev.taiwa.cases.statistics.model;

/**
 * The figures of the patent applications (Track B): how many were screened (sent to security review
 * or decided not sent), how many of them were sent, designations in force today and those whose
 * period ends within the next 90 days, extension and lifting decisions, and compensation claims
 * with the amounts claimed and paid (decided with an amount above zero).
 */
public record PatentFigures(
    long screened,
    long sentToReview,
    long designationsInForce,
    long designationsEndingSoon,
    long extensions,
    long liftings,
    long compensationClaims,
    long compensationClaimedYen,
    long compensationPaidClaims,
    long compensationPaidYen) {

  /** The days ahead in which an ending designation counts in {@link #designationsEndingSoon}. */
  public static final int ENDING_SOON_DAYS = 90;

  /** The share (0 to 1) of the screened applications that were sent to review. */
  public double shareSentToReview() {
    return screened == 0 ? 0 : (double) sentToReview / screened;
  }
}
