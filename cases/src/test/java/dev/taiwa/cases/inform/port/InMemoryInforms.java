package dev.taiwa.cases.inform.port;

import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Informs and licence applications in maps, one of each per case as the tables' keys allow. */
public final class InMemoryInforms implements Informs {
  private final Map<CaseId, Inform> informs = new LinkedHashMap<>();
  private final Map<CaseId, LicenceApplication> applications = new LinkedHashMap<>();

  @Override
  public void insert(Inform inform) {
    if (informs.putIfAbsent(inform.caseId(), inform) != null) {
      throw new IllegalStateException("second inform");
    }
  }

  @Override
  public void insert(LicenceApplication application) {
    if (applications.putIfAbsent(application.caseId(), application) != null) {
      throw new IllegalStateException("second application");
    }
  }

  @Override
  public Map<CaseId, Inform> informsOf(Collection<CaseId> cases) {
    return informs.entrySet().stream()
        .filter(e -> cases.contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Override
  public Map<CaseId, LicenceApplication> applicationsOf(Collection<CaseId> cases) {
    return applications.entrySet().stream()
        .filter(e -> cases.contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
