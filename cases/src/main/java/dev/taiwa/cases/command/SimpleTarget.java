package dev.taiwa.cases.command;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** A {@link Target} put together from its parts, for aggregates found by their own id. */
public record SimpleTarget<K, T>(
    String noun,
    Function<K, Optional<T>> finder,
    BiPredicate<Actor, T> visibility,
    BiFunction<Actor, T, Set<Role>> roles,
    Function<T, CaseId> caseOfTarget,
    ToLongFunction<T> version)
    implements Target<K, T> {

  @Override
  public Optional<T> find(K key) {
    return finder.apply(key);
  }

  @Override
  public boolean visibleTo(Actor actor, T target) {
    return visibility.test(actor, target);
  }

  @Override
  public Set<Role> rolesOn(Actor actor, T target) {
    return roles.apply(actor, target);
  }

  @Override
  public CaseId caseOf(T target) {
    return caseOfTarget.apply(target);
  }

  @Override
  public long versionOf(T target) {
    return version.applyAsLong(target);
  }
}
