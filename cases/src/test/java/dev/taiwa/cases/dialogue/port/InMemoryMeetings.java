package dev.taiwa.cases.dialogue.port;

import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Meetings in a map; counts batch calls. */
public final class InMemoryMeetings implements Meetings {
  private final Map<UUID, Meeting> stored = new LinkedHashMap<>();
  public final List<Collection<CaseId>> batchCalls = new ArrayList<>();

  @Override
  public Optional<Meeting> find(UUID id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public List<Meeting> findByCases(Collection<CaseId> cases) {
    batchCalls.add(List.copyOf(cases));
    return stored.values().stream()
        .filter(m -> cases.contains(m.caseId()))
        .sorted(Comparator.comparing(Meeting::startsAt))
        .toList();
  }

  @Override
  public void insert(Meeting meeting) {
    stored.put(meeting.id(), meeting);
  }

  @Override
  public void update(Meeting meeting) {
    Meeting current = stored.get(meeting.id());
    if (current == null || current.version() != meeting.version() - 1) {
      throw new ConcurrentChangeException("meeting " + meeting.id() + " changed since it was read");
    }
    stored.put(meeting.id(), meeting);
  }
}
