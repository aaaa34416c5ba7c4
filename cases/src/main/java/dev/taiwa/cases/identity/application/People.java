package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.identity.ColleaguePolicy;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.identity.UserIdVisibility;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people on cases, as a caller is shown them: names and offices, user ids only to callers who
 * are not a company's ({@link UserIdVisibility}); and officials' colleagues, to assign work ({@link
 * ColleaguePolicy}). Reads only; the caller has already been allowed to see the case that names the
 * people.
 */
public final class People {
  /** The name shown for an id no account answers to (accounts are disabled, never deleted). */
  static final String UNKNOWN = "不明 (unknown)";

  private final UserAccounts accounts;
  private final Organisations organisations;

  public People(UserAccounts accounts, Organisations organisations) {
    this.accounts = accounts;
    this.organisations = organisations;
  }

  /** The user id of a person on a case, if the caller may be shown it. */
  public Optional<UserId> idFor(Actor caller, UserId id) {
    return UserIdVisibility.showsIds(caller) ? Optional.ofNullable(id) : Optional.empty();
  }

  /** The people behind {@code ids}, by name and office, as {@code caller} may see them. */
  public Map<UserId, PersonView> named(Actor caller, Collection<UserId> ids) {
    List<UserAccount> found = accounts.findAll(ids);
    Map<OrganisationId, String> offices =
        organisations
            .findAll(found.stream().map(UserAccount::organisationId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    Map<UserId, UserAccount> byId =
        found.stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
    Map<UserId, PersonView> named = new LinkedHashMap<>();
    for (UserId id : ids) {
      UserAccount account = byId.get(id);
      named.put(
          id,
          account == null
              ? new PersonView(idFor(caller, id), UNKNOWN, "")
              : new PersonView(
                  idFor(caller, id),
                  account.displayName(),
                  offices.getOrDefault(account.organisationId(), "")));
    }
    return named;
  }

  /**
   * The caller's colleagues ({@link ColleaguePolicy}), by name, optionally only those holding
   * {@code role}; FORBIDDEN for anyone but an official.
   */
  public Result<List<Colleague>> colleagues(Actor caller, Role role) {
    if (!ColleaguePolicy.mayLookUp(caller)) {
      return Result.refused(
          Optional.empty(),
          List.of(Rejection.of(ErrorCode.FORBIDDEN, "Only officials look up their colleagues")));
    }
    Optional<Organisation> own =
        organisations.findAll(List.of(caller.organisationId())).stream().findFirst();
    if (own.isEmpty()) {
      return Result.ok(List.of());
    }
    Map<OrganisationId, Organisation> byId =
        organisations.all().stream()
            .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a));
    List<Colleague> colleagues =
        accounts.all().stream()
            .filter(a -> byId.containsKey(a.organisationId()))
            .filter(a -> ColleaguePolicy.shows(caller, own.get(), a, byId.get(a.organisationId())))
            .filter(a -> role == null || a.roles().contains(role))
            .map(
                a ->
                    new Colleague(
                        a.id(),
                        a.displayName(),
                        byId.get(a.organisationId()).name(),
                        a.roles().stream()
                            .filter(ColleaguePolicy.officialRoles(caller)::contains)
                            .sorted()
                            .toList()))
            .sorted(Comparator.comparing(Colleague::office).thenComparing(Colleague::name))
            .toList();
    return Result.ok(colleagues);
  }
}
