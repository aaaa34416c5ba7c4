package dev.taiwa.cases.command;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import java.util.Optional;
import java.util.Set;

/**
 * How the {@link CommandPipeline} reaches one kind of aggregate: find it by its key, decide whether
 * the caller may know it exists, which roles the caller holds on it, the case its audit events
 * belong to, and the version its stored row carries. Each subdomain declares one per aggregate,
 * next to its access policy, so that finding and visibility are decided once.
 *
 * @param <K> the key a command names the aggregate by
 * @param <T> the aggregate as the pipeline hands it to the command (it may carry its case)
 */
public interface Target<K, T> {

  /** What the aggregate is called in a NOT_FOUND message ("pre-report", "meeting"). */
  String noun();

  /** The aggregate, if it exists. */
  Optional<T> find(K key);

  /**
   * Whether the caller may know the aggregate exists; a hidden one is NOT_FOUND like a missing one.
   */
  boolean visibleTo(Actor actor, T target);

  /** The roles the caller holds on the aggregate: the transition table's input. */
  Set<Role> rolesOn(Actor actor, T target);

  /** The case the aggregate's audit events are filed under. */
  CaseId caseOf(T target);

  /** The version of the stored aggregate, compared with a command's expected version. */
  long versionOf(T target);

  /** The input field that names the aggregate, reported with NOT_FOUND. */
  default String keyField() {
    return "id";
  }

  /**
   * This target as named by {@code field} and seen only where {@code also} holds too (e.g. an
   * application as the subject of a company's claim: only its own applications).
   */
  default Target<K, T> narrowed(String field, java.util.function.BiPredicate<Actor, T> also) {
    return new SimpleTarget<>(
        noun(),
        this::find,
        (actor, target) -> visibleTo(actor, target) && also.test(actor, target),
        this::rolesOn,
        this::caseOf,
        this::versionOf,
        field);
  }

  /** The case to file a refusal under when only the key is known (the aggregate is not found). */
  default CaseId caseOfKey(K key) {
    return key instanceof CaseId id ? id : null;
  }
}
