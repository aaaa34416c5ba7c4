package dev.taiwa.cases.patent.link.application;

import dev.taiwa.cases.kernel.CaseId;
import java.time.Instant;

/**
 * The other side of a link as a caller who may see both cases reads it: its id, its number (the
 * application number or the pre-report's reference) and its state, never its content; and the
 * filer's note on the shared technology.
 */
public record LinkedCase(CaseId id, String number, String state, String note, Instant linkedAt) {}
