package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyStatus;
import java.time.LocalDate;
import java.util.List;

/** Builds {@link TechnologyRevision}s from their rows. */
final class TechnologyRevisionMapper {
  private TechnologyRevisionMapper() {}

  static TechnologyRevision toDomain(
      TechnologyRevisionRow revision, List<TechnologyItemRow> items) {
    return new TechnologyRevision(
        revision.id(),
        revision.noticeReference(),
        LocalDate.parse(revision.effectiveDate()),
        revision.note(),
        items.stream().map(TechnologyRevisionMapper::toDomain).toList());
  }

  static Technology toDomain(TechnologyItemRow row) {
    return new Technology(
        row.itemNumber(),
        row.nameJa(),
        row.nameEn(),
        TechnologyStatus.valueOf(row.status()),
        row.effectiveFrom() == null ? null : LocalDate.parse(row.effectiveFrom()));
  }
}
