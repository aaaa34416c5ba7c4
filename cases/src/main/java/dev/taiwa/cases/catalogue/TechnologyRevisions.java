package dev.taiwa.cases.catalogue;

import java.util.List;

/** Port: the stored revisions of the technology list. */
public interface TechnologyRevisions {
  /** Every revision, oldest effective date first. */
  List<TechnologyRevision> all();
}
