package dev.taiwa.service.importing;

/**
 * What an import job found: its dry run's summary with every bad row, and its run's once it is done
 * (null before).
 */
public record ImportJobFindings(ImportSummary dryRun, ImportSummary result) {}
