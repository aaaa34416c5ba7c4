package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the stored concern ledger. */
public interface Concerns {
  Optional<Concern> find(UUID id);

  /** The concerns of every case among {@code cases}, oldest first: one batch query. */
  List<Concern> findByCases(Collection<CaseId> cases);

  void insert(Concern concern);

  void update(Concern concern);
}
