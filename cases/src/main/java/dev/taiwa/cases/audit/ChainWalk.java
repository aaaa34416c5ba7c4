package dev.taiwa.cases.audit;

import java.util.Optional;

/**
 * Walks the chain once in sequence order, remembering the first break and carrying on from what is
 * stored. Holds one event at a time, so the log can be streamed through it.
 *
 * <p>It catches: an edited field (the hash no longer matches the content), an edited hash (same),
 * an edited previous hash (the link no longer names the event before), a deleted event (a gap in
 * the sequence) and deleted or edited last events (the chain head, read before the walk, records a
 * sequence and hash the events do not reach or match).
 */
final class ChainWalk {
  private final AuditChainHead head;
  private long checked;
  private long expectedSequence = 1;
  private String previousHash = AuditHash.GENESIS;
  private ChainVerification.BrokenLink firstBroken;

  ChainWalk(AuditChainHead head) {
    this.head = head;
  }

  void check(AuditEvent event) {
    checked++;
    if (firstBroken == null) {
      firstBroken = problem(event).orElse(null);
    }
    expectedSequence = event.sequence() + 1;
    previousHash = event.hash();
  }

  /**
   * The stored event at {@code sequence} could not be read, which ends the walk there: it is the
   * break unless an earlier one was found.
   */
  void unreadable(long sequence, AuditEventId eventId, String problem) {
    if (firstBroken == null) {
      firstBroken = new ChainVerification.BrokenLink(sequence, eventId, problem);
    }
    expectedSequence = Long.MAX_VALUE;
  }

  /** The verdict once every event has been seen. */
  ChainVerification finish() {
    if (firstBroken == null && expectedSequence <= head.lastSequence()) {
      // events deleted at the end: nothing after them shows a gap, but the head remembers
      firstBroken =
          missing(
              expectedSequence,
              "the chain head records "
                  + head.lastSequence()
                  + " events but the log ends at "
                  + (expectedSequence - 1));
    }
    return new ChainVerification(checked, Optional.ofNullable(firstBroken));
  }

  private Optional<ChainVerification.BrokenLink> problem(AuditEvent event) {
    if (event.sequence() > expectedSequence) {
      return Optional.of(missing(expectedSequence, "the next stored event is " + event.sequence()));
    }
    if (event.sequence() < expectedSequence) {
      return broken(event, "sequence out of order: expected " + expectedSequence);
    }
    if (!event.previousHash().equals(previousHash)) {
      return broken(event, "previous-hash link broken: it does not name the event before it");
    }
    if (!AuditHash.matches(event)) {
      return broken(event, "hash does not match its content");
    }
    if (event.sequence() == head.lastSequence() && !event.hash().equals(head.lastHash())) {
      return broken(event, "hash differs from the chain head's record of the last event");
    }
    return Optional.empty();
  }

  private static Optional<ChainVerification.BrokenLink> broken(AuditEvent event, String problem) {
    return Optional.of(new ChainVerification.BrokenLink(event.sequence(), event.id(), problem));
  }

  private static ChainVerification.BrokenLink missing(long sequence, String why) {
    return new ChainVerification.BrokenLink(
        sequence, null, "event " + sequence + " is missing: " + why);
  }
}
