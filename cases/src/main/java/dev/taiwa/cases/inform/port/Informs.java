package dev.taiwa.cases.inform.port;

import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.Map;

/** Port: the stored informs and licence applications (at most one of each per case). */
public interface Informs {
  void insert(Inform inform);

  void insert(LicenceApplication application);

  /** The informs of the cases among {@code cases} that have one: one batch query. */
  Map<CaseId, Inform> informsOf(Collection<CaseId> cases);

  /** The licence applications of the cases among {@code cases}: one batch query. */
  Map<CaseId, LicenceApplication> applicationsOf(Collection<CaseId> cases);
}
