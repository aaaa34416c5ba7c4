package dev.taiwa.cases.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A state machine as data: rows of (from, action, to, roles allowed). The same table drives the use
 * cases, the exhaustive tests, the README matrix and GraphQL {@code availableActions}.
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {

  /** One allowed transition. */
  public record Row<S, A>(S from, A action, S to, Set<Role> roles) {
    public Row {
      roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
  }

  private final Class<S> stateType;
  private final Class<A> actionType;
  private final List<Row<S, A>> rows;

  private TransitionTable(Class<S> stateType, Class<A> actionType, List<Row<S, A>> rows) {
    this.stateType = stateType;
    this.actionType = actionType;
    this.rows = List.copyOf(rows);
  }

  public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> builder(
      Class<S> stateType, Class<A> actionType) {
    return new Builder<>(stateType, actionType);
  }

  public List<Row<S, A>> rows() {
    return rows;
  }

  public Class<S> stateType() {
    return stateType;
  }

  public Class<A> actionType() {
    return actionType;
  }

  /** The row for this state and action, whatever the role. */
  public Optional<Row<S, A>> find(S from, A action) {
    return rows.stream().filter(r -> r.from() == from && r.action() == action).findFirst();
  }

  /**
   * The target state when a caller holding {@code roles} performs {@code action} in {@code from}.
   */
  public Optional<S> next(S from, A action, Set<Role> roles) {
    return find(from, action)
        .filter(r -> r.roles().stream().anyMatch(roles::contains))
        .map(Row::to);
  }

  /** Actions a caller holding {@code roles} may perform in {@code state}, in declaration order. */
  public Set<A> availableActions(S state, Set<Role> roles) {
    Set<A> result = new LinkedHashSet<>();
    for (A action : actionType.getEnumConstants()) {
      if (next(state, action, roles).isPresent()) {
        result.add(action);
      }
    }
    return result;
  }

  /**
   * Checks a transition and explains a refusal: {@link ErrorCode#INVALID_STATE} when no row exists
   * for the state, {@link ErrorCode#FORBIDDEN} when the row exists but not for these roles.
   */
  public Optional<Rejection> check(S from, A action, Set<Role> roles) {
    Optional<Row<S, A>> row = find(from, action);
    if (row.isEmpty()) {
      return Optional.of(
          Rejection.of(ErrorCode.INVALID_STATE, "Cannot " + action + " a case in state " + from));
    }
    if (row.get().roles().stream().noneMatch(roles::contains)) {
      return Optional.of(
          Rejection.of(
              ErrorCode.FORBIDDEN,
              action + " in state " + from + " requires one of the roles " + row.get().roles()));
    }
    return Optional.empty();
  }

  /** Collects rows; refuses a second row for the same (from, action). */
  public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
    private final Class<S> stateType;
    private final Class<A> actionType;
    private final List<Row<S, A>> rows = new ArrayList<>();

    private Builder(Class<S> stateType, Class<A> actionType) {
      this.stateType = stateType;
      this.actionType = actionType;
    }

    public Builder<S, A> allow(S from, A action, S to, Role first, Role... more) {
      return allow(Set.of(from), action, to, EnumSet.of(first, more));
    }

    public Builder<S, A> allow(Set<S> froms, A action, S to, Set<Role> roles) {
      for (S from : froms) {
        if (rows.stream().anyMatch(r -> r.from() == from && r.action() == action)) {
          throw new IllegalStateException("duplicate row " + from + " x " + action);
        }
        rows.add(new Row<>(from, action, to, roles));
      }
      return this;
    }

    public TransitionTable<S, A> build() {
      return new TransitionTable<>(stateType, actionType, rows);
    }
  }
}
