package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Case officers in a map. */
public final class InMemoryCaseOfficers implements CaseOfficers {
  private final Map<CaseId, UserId> stored = new HashMap<>();

  @Override
  public Map<CaseId, UserId> findAll(Collection<CaseId> cases) {
    Map<CaseId, UserId> found = new HashMap<>();
    cases.forEach(
        c -> {
          if (stored.containsKey(c)) {
            found.put(c, stored.get(c));
          }
        });
    return found;
  }

  @Override
  public void assign(CaseId caseId, UserId officer, Instant at) {
    stored.put(caseId, officer);
  }
}
