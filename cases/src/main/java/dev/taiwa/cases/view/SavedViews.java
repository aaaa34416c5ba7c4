package dev.taiwa.cases.view;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: stored saved views. */
public interface SavedViews {
  void insert(SavedView view);

  Optional<SavedView> find(UUID id);

  void delete(UUID id);

  /** The views of {@code owner} and those shared within {@code organisation}, by name. */
  List<SavedView> ownedOrSharedWith(UserId owner, OrganisationId organisation);
}
