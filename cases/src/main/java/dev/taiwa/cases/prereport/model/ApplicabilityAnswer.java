package dev.taiwa.cases.prereport.model;

import java.util.List;

/** The applicability check's verdict and every reason behind it. */
public record ApplicabilityAnswer(ApplicabilityVerdict verdict, List<ApplicabilityReason> reasons) {
  public ApplicabilityAnswer {
    reasons = List.copyOf(reasons);
  }
}
