package dev.taiwa.cases.inform.model;

/**
 * The company's answer to one proposed licence condition of the inform (by its position, from 0):
 * accepted, or contested with a comment.
 */
public record ConditionResponse(int condition, boolean accepted, String comment) {}
