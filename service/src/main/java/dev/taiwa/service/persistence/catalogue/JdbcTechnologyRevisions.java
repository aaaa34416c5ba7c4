package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link TechnologyRevisions} stored in {@code technology_revision} and {@code technology_item}.
 */
@Singleton
public class JdbcTechnologyRevisions implements TechnologyRevisions {
  private final TechnologyRevisionRepository repository;

  public JdbcTechnologyRevisions(TechnologyRevisionRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<TechnologyRevision> all() {
    Map<String, List<TechnologyItemRow>> itemsByRevision =
        repository.findAllItems().stream()
            .collect(Collectors.groupingBy(TechnologyItemRow::revisionId));
    return repository.findAllOldestFirst().stream()
        .map(
            revision ->
                TechnologyRevisionMapper.toDomain(
                    revision, itemsByRevision.getOrDefault(revision.id(), List.of())))
        .toList();
  }
}
