package dev.taiwa.cases.catalogue;

/** Port: stores a new revision of the technology list (revisions are never changed afterwards). */
public interface TechnologyRevisionWriter {
  /** Stores {@code revision} with its items, in the caller's transaction. */
  void add(TechnologyRevision revision);
}
