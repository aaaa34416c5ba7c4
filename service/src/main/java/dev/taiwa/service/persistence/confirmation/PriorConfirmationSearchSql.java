package dev.taiwa.service.persistence.confirmation;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.service.persistence.sql.Conditions;
import dev.taiwa.service.persistence.sql.SqlStatement;

/**
 * The prior confirmation list as portable SQL: one organisation's requests or all, newest first by
 * {@code (requested_at, id)}, continuing after a keyset position given as a row value (an index
 * range on both databases). The count uses the same conditions without the position.
 */
final class PriorConfirmationSearchSql {
  private final Conditions conditions = new Conditions();

  private PriorConfirmationSearchSql() {}

  /** The requests of {@code organisation}, or of every organisation when null. */
  static PriorConfirmationSearchSql of(OrganisationId organisation) {
    PriorConfirmationSearchSql sql = new PriorConfirmationSearchSql();
    if (organisation != null) {
      sql.conditions.where("organisation_id = ?", organisation.toString());
    }
    return sql;
  }

  /** Selects one page plus one row, so the caller can tell whether more follow. */
  SqlStatement page(PageRequest page) {
    Conditions paged = conditions.copy();
    if (page.after() != null) {
      paged.where(
          "(requested_at, id) < (?, ?)",
          page.after().createdAt().toEpochMilli(),
          page.after().id().toString());
    }
    return paged.statement(
        "SELECT * FROM prior_confirmation",
        " ORDER BY requested_at DESC, id DESC LIMIT " + (page.first() + 1));
  }

  SqlStatement count() {
    return conditions.statement("SELECT COUNT(*) FROM prior_confirmation", "");
  }
}
