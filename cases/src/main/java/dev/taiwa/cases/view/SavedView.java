package dev.taiwa.cases.view;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A named pre-report list a user saved: its filter and order, owned by the user and, when {@code
 * shared}, visible to the colleagues of the owner's organisation (office or company). Opening it
 * runs the list with the opener's own scope: a view never shows anyone more than they may see.
 */
public record SavedView(
    UUID id,
    UserId ownerId,
    OrganisationId organisationId,
    String name,
    PreReportFilter filter,
    PreReportOrder order,
    boolean shared,
    Instant createdAt) {
  public static final int MAX_NAME_LENGTH = 100;

  public SavedView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerId, "owner");
    Objects.requireNonNull(organisationId, "organisation");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(createdAt, "created at");
  }
}
