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

/**
 * A {@link Target} put together from its parts; {@code keyField} is the input field that names the
 * aggregate ("id" unless a command names it otherwise).
 */
public record SimpleTarget<K, T>(
    String noun,
    Function<K, Optional<T>> finder,
    BiPredicate<Actor, T> visibility,
    BiFunction<Actor, T, Set<Role>> roles,
    Function<T, CaseId> caseOfTarget,
    ToLongFunction<T> version,
    String keyField)
    implements Target<K, T> {

  /** A target whose commands name the aggregate by the field {@code id}. */
  public SimpleTarget(
      String noun,
      Function<K, Optional<T>> finder,
      BiPredicate<Actor, T> visibility,
      BiFunction<Actor, T, Set<Role>> roles,
      Function<T, CaseId> caseOfTarget,
      ToLongFunction<T> version) {
    this(noun, finder, visibility, roles, caseOfTarget, version, "id");
  }

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
