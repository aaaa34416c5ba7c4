package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.CaseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The audit chain in a list, hashed for real; tests may tamper with it to prove verification. */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public AuditEvent append(AuditEntry entry) {
    long sequence = events.size() + 1;
    String previous = events.isEmpty() ? AuditHash.GENESIS : events.get(events.size() - 1).hash();
    AuditEvent event =
        new AuditEvent(sequence, entry, previous, AuditHash.of(sequence, entry, previous));
    events.add(event);
    return event;
  }

  @Override
  public List<AuditEvent> trail(CaseId caseId) {
    return events.stream().filter(e -> Objects.equals(e.entry().caseId(), caseId)).toList();
  }

  @Override
  public void forEach(Consumer<AuditEvent> sink) {
    events.forEach(sink);
  }

  public List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public int size() {
    return events.size();
  }

  public AuditEvent last() {
    return events.get(events.size() - 1);
  }

  /** Overwrites the stored event at {@code sequence}, as an attacker with database access might. */
  public void tamper(long sequence, UnaryOperator<AuditEvent> change) {
    int index = indexOf(sequence);
    events.set(index, change.apply(events.get(index)));
  }

  /** Deletes the stored event at {@code sequence}. */
  public void remove(long sequence) {
    events.remove(indexOf(sequence));
  }

  private int indexOf(long sequence) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).sequence() == sequence) {
        return i;
      }
    }
    throw new IllegalArgumentException("no event " + sequence);
  }
}
