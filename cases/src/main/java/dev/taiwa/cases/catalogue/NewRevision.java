package dev.taiwa.cases.catalogue;

import java.util.List;

/**
 * A revision of the technology list as an operator's file states it, before {@link
 * NewRevisionRules} checked it: {@code effectiveDate} is ISO text ({@code 2026-10-01}).
 */
public record NewRevision(
    String id,
    String noticeReference,
    String effectiveDate,
    String note,
    List<NewTechnology> items) {
  public NewRevision {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
