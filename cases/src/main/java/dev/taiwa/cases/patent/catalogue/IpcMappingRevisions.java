package dev.taiwa.cases.patent.catalogue;

import java.util.List;

/** Port: the recorded IPC mapping revisions (never changed once stored). */
public interface IpcMappingRevisions {
  /** Every recorded revision, oldest first. */
  List<IpcMappingRevision> all();

  /** Stores {@code revision} with its mappings, in the caller's transaction. */
  void add(IpcMappingRevision revision);
}
