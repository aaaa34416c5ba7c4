package dev.taiwa.cases.screening.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.util.Optional;

/** An open filed pre-report as re-screening reads it: its counterparty and its case officer. */
public record OpenCase(
    CaseId id, String reference, ScreeningSubject subject, Optional<UserId> caseOfficer) {}
