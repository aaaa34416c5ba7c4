package dev.taiwa.cases.screening.model;

import java.time.Instant;

/** An official's verdict on a stored hit, with the reason; internal to officials. */
public record Disposition(Verdict verdict, String reason, String decidedBy, Instant decidedAt) {}
