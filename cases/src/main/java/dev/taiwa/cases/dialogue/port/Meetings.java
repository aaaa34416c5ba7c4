package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.kernel.CaseId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: stored dialogue meetings. */
public interface Meetings {
  Optional<Meeting> find(UUID id);

  /** The meetings of every case among {@code cases}, by start time: one batch query. */
  List<Meeting> findByCases(Collection<CaseId> cases);

  void insert(Meeting meeting);

  void update(Meeting meeting);
}
