package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.prereport.model.PreReport;

/** An item of a case's dialogue (a meeting, a concern, a query) with the case it belongs to. */
public record OnCase<T>(T item, PreReport report) {}
