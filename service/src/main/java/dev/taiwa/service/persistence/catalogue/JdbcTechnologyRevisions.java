package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisionWriter;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.service.persistence.sql.SqlStatements;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link TechnologyRevisions} stored in {@code technology_revision} and {@code technology_item}.
 */
@Singleton
public class JdbcTechnologyRevisions implements TechnologyRevisions, TechnologyRevisionWriter {
  private final TechnologyRevisionRepository repository;
  private final SqlStatements sql;

  public JdbcTechnologyRevisions(TechnologyRevisionRepository repository, SqlStatements sql) {
    this.repository = repository;
    this.sql = sql;
  }

  @Override
  public void add(TechnologyRevision revision) {
    sql.update(
        "INSERT INTO technology_revision (id, notice_reference, effective_date, note)"
            + " VALUES (?, ?, ?, ?)",
        revision.id(),
        revision.noticeReference(),
        revision.effectiveDate().toString(),
        revision.note());
    for (Technology item : revision.items()) {
      sql.update(
          "INSERT INTO technology_item"
              + " (revision_id, item_number, name_ja, name_en, status, effective_from)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          revision.id(),
          item.number(),
          item.nameJa(),
          item.nameEn(),
          item.status().name(),
          item.effectiveFrom() == null ? null : item.effectiveFrom().toString());
    }
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
