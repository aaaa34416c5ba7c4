package dev.taiwa.cases.patent.model;

import static dev.taiwa.cases.patent.model.ReviewRecordKind.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The obligation sub-case kinds as the API groups them: what the applicant files, what the reviewer
 * decides.
 */
public final class ReviewRecordKinds {
  /** Working-permission and sharing requests, change notices, attestations, incident reports. */
  public static final Set<ReviewRecordKind> FILED_BY_APPLICANT =
      Collections.unmodifiableSet(
          EnumSet.of(
              WORKING_PERMISSION_REQUEST,
              SHARING_APPROVAL_REQUEST,
              SHARING_CHANGE_NOTIFIED,
              MANAGEMENT_ATTESTATION,
              INCIDENT_REPORT));

  /** Grants and refusals of permission and sharing, acknowledgements of incidents. */
  public static final Set<ReviewRecordKind> DECIDED_BY_REVIEWER =
      Collections.unmodifiableSet(
          EnumSet.of(
              WORKING_PERMISSION_GRANTED,
              WORKING_PERMISSION_REFUSED,
              SHARING_APPROVED,
              SHARING_REFUSED,
              INCIDENT_ACKNOWLEDGED));

  private ReviewRecordKinds() {}
}
