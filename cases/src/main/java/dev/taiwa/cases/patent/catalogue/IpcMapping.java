package dev.taiwa.cases.patent.catalogue;

import java.util.List;
import java.util.Objects;

/** The IPC groups that define one specified field in a recorded revision, with their source. */
public record IpcMapping(int fieldNumber, List<String> ipcGroups, String source) {
  public IpcMapping {
    Objects.requireNonNull(source, "source");
    ipcGroups = List.copyOf(ipcGroups);
  }
}
