package dev.taiwa.cases.patent.catalogue;

import java.time.LocalDate;
import java.util.List;

/** An administrator's draft of an IPC mapping revision, as entered (fields may be missing). */
public record NewIpcMappingRevision(
    LocalDate effectiveFrom, String source, List<NewIpcMappingRevision.Mapping> mappings) {
  public NewIpcMappingRevision {
    mappings = mappings == null ? List.of() : List.copyOf(mappings);
  }

  /** One field's groups as entered. */
  public record Mapping(Integer fieldNumber, List<String> ipcGroups, String source) {
    public Mapping {
      ipcGroups = ipcGroups == null ? List.of() : List.copyOf(ipcGroups);
    }
  }
}
