package dev.taiwa.graphql.catalogue;

import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import java.util.List;

/**
 * The revisions as read once for one request, so that a page of reports resolves its technologies
 * against the catalogue's own rules without reading the store again.
 */
record RevisionSnapshot(List<TechnologyRevision> all) implements TechnologyRevisions {
  RevisionSnapshot {
    all = List.copyOf(all);
  }
}
