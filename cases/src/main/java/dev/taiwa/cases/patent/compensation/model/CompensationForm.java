package dev.taiwa.cases.patent.compensation.model;

/**
 * What a claim holds: the amount claimed in yen, the basis (its reckoning) and the loss's cause.
 */
public record CompensationForm(Long amountYen, String basis, LossCause cause) {}
