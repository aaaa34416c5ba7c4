package dev.taiwa.cases.command;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One change of one aggregate, as data for the {@link CommandPipeline}: the audit action it is
 * recorded as, the version the caller last read (optional), the transition-table checks, the named
 * input policies, and the behaviour that produces the change. A use case builds one and hands it to
 * the pipeline; it never finds, checks visibility, opens a transaction or audits by itself.
 *
 * @param <T> the aggregate the command acts on
 * @param <R> what an accepted command answers with
 */
public final class Command<T, R> {

  /** A transition-table check: a refusal, or empty when the caller may act in this state. */
  @FunctionalInterface
  public interface Table<T> {
    Optional<Rejection> check(T target, Set<Role> roles);
  }

  /** What the command does to the aggregate once every check passed. */
  @FunctionalInterface
  public interface Behaviour<T, R> {
    Step<R> apply(T target, Set<Role> roles);
  }

  private final AuditAction action;
  private Long expectedVersion;
  private final List<Table<T>> tables = new ArrayList<>();
  private final List<Function<T, List<Rejection>>> policies = new ArrayList<>();
  private Behaviour<T, R> behaviour;
  private Function<T, R> shown = t -> null;
  private Function<T, String> about = t -> null;

  private Command(AuditAction action) {
    this.action = Objects.requireNonNull(action, "action");
  }

  /** A command recorded in the audit log as {@code action}. */
  public static <T, R> Command<T, R> named(AuditAction action) {
    return new Command<>(action);
  }

  /** The version the caller last read; null accepts any (last writer checked by the store). */
  public Command<T, R> expecting(Long version) {
    this.expectedVersion = version;
    return this;
  }

  /** A transition-table check; several run in order, the first refusal wins. */
  public Command<T, R> table(Table<T> check) {
    tables.add(check);
    return this;
  }

  /** A named input policy; every policy's problems are reported together. */
  public Command<T, R> policy(Function<T, List<Rejection>> policy) {
    policies.add(policy);
    return this;
  }

  /** What the command does; its writes run in the command's transaction. */
  public Command<T, R> does(Behaviour<T, R> behaviour) {
    this.behaviour = behaviour;
    return this;
  }

  /** How a refused caller is shown the aggregate as it now stands (default: not at all). */
  public Command<T, R> showing(Function<T, R> shown) {
    this.shown = shown;
    return this;
  }

  /**
   * What a refusal's audit summary says was refused, once the aggregate is found (e.g. {@code
   * change of user 'sato'}): a name at most, never refused input.
   */
  public Command<T, R> about(Function<T, String> about) {
    this.about = about;
    return this;
  }

  String about(T target) {
    return target == null ? null : about.apply(target);
  }

  AuditAction action() {
    return action;
  }

  Optional<Long> expectedVersion() {
    return Optional.ofNullable(expectedVersion);
  }

  Optional<Rejection> checkTables(T target, Set<Role> roles) {
    for (Table<T> table : tables) {
      Optional<Rejection> refusal = table.check(target, roles);
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  List<Rejection> checkPolicies(T target) {
    List<Rejection> problems = new ArrayList<>();
    policies.forEach(p -> problems.addAll(p.apply(target)));
    return problems;
  }

  Step<R> behave(T target, Set<Role> roles) {
    return Objects.requireNonNull(behaviour, "a command needs a behaviour").apply(target, roles);
  }

  Optional<R> shown(T target) {
    return Optional.ofNullable(shown.apply(target));
  }
}
