package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The audit chain in a list, hashed for real, with its head kept apart like the database's; tests
 * may tamper with the events to prove verification.
 */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditEvent> events = new ArrayList<>();
  private AuditChainHead head = AuditChainHead.EMPTY;

  @Override
  public AuditEvent append(AuditEntry entry) {
    AuditEvent event = AuditEvent.chained(head.lastSequence() + 1, entry, head.lastHash());
    events.add(event);
    head = new AuditChainHead(event.sequence(), event.hash());
    return event;
  }

  @Override
  public List<AuditEvent> trail(CaseId caseId) {
    return events.stream().filter(e -> Objects.equals(e.entry().caseId(), caseId)).toList();
  }

  @Override
  public Page<AuditEvent> search(AuditFilter filter, AuditPageRequest page) {
    List<AuditEvent> matching =
        events.stream()
            .filter(filter::matches)
            .sorted(Comparator.comparingLong(AuditEvent::sequence).reversed())
            .toList();
    List<AuditEvent> after =
        matching.stream()
            .filter(e -> page.afterSequence() == null || e.sequence() < page.afterSequence())
            .toList();
    boolean hasNext = after.size() > page.first();
    return new Page<>(hasNext ? after.subList(0, page.first()) : after, hasNext, matching.size());
  }

  @Override
  public void forEach(Consumer<AuditEvent> sink) {
    events.forEach(sink);
  }

  @Override
  public AuditChainHead head() {
    return head;
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
