package dev.taiwa.cases.access.port;

import dev.taiwa.cases.kernel.CaseId;

/**
 * Port: whether a case of any kind (pre-report today, patent application later) exists, so that a
 * grant never names a case that is not there.
 */
public interface KnownCases {
  boolean exists(CaseId caseId);
}
