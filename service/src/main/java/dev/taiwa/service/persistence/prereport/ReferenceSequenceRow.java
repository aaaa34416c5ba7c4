package dev.taiwa.service.persistence.prereport;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code reference_sequence}: the last number handed out for a prefix and year. */
@MappedEntity("reference_sequence")
public record ReferenceSequenceRow(@EmbeddedId Key key, long lastValue) {

  /** The sequence's identity: prefix and year. */
  @Embeddable
  public record Key(String prefix, int year) {}
}
