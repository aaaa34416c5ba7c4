package dev.taiwa.service.console;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.application.AccountAdministration;
import dev.taiwa.cases.identity.application.NewUser;
import dev.taiwa.cases.identity.application.OrganisationAdministration;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accounts at {@code /admin/accounts}: the list, a new account, and per account disable or enable,
 * roles and a new password ({@code POST /admin/accounts/{id}/{action}}), each through {@link
 * AccountAdministration} as the API's {@code createUser}, {@code disableUser}, ... A caller the use
 * case refuses gets 403 (the refusal is audited, as through the API); a refused form comes back
 * with what was typed (never a password) and each reason next to its field.
 */
@Controller(ConsolePaths.ADMIN_ACCOUNTS)
@Secured(SecurityRule.IS_ANONYMOUS)
final class AccountsController {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
  private static final Set<String> CREATE_FIELDS =
      Set.of("username", "displayName", "organisationId", "roles", "initialPassword");
  private static final Set<String> ACCOUNT_FIELDS = Set.of("roles", "newPassword");
  private static final Set<String> SECRETS = Set.of("initialPassword", "newPassword");

  /** What a redirect after an accepted change may announce ({@code ?done=}). */
  private static final Set<String> DONE =
      Set.of("created", "disable", "enable", "roles", "password");

  private final AccountAdministration accounts;
  private final OrganisationAdministration organisations;
  private final SignedInReader signedIn;

  AccountsController(
      AccountAdministration accounts,
      OrganisationAdministration organisations,
      SignedInReader signedIn) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.signedIn = signedIn;
  }

  @Get(produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> list(HttpRequest<?> request, @QueryValue @Nullable String done) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    return page(caller, HttpStatus.OK, Typed.none(), done);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    UUID organisation = ConsoleForms.uuid(form, "organisationId");
    NewUser command =
        new NewUser(
            ConsoleForms.text(form, "username"),
            ConsoleForms.text(form, "displayName"),
            organisation == null ? null : new OrganisationId(organisation),
            roles(form),
            form.get("initialPassword"));
    // As the API: text that is no id names no organisation; a blank choice is for the use case.
    Result<UserAccount> result =
        organisation == null && ConsoleForms.text(form, "organisationId") != null
            ? Result.refused(
                Optional.empty(),
                List.of(
                    Rejection.onField(
                        ErrorCode.NOT_FOUND, "organisationId", "No such organisation.")))
            : accounts.createUser(caller.actor(), command);
    return answer(caller, "create", form, CREATE_FIELDS, result, "created");
  }

  @Post(value = "/{id}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> change(
      HttpRequest<?> request,
      @PathVariable String id,
      @PathVariable String action,
      @Body Map<String, String> form) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleForms.tokenMatches(caller, form)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    UUID account = ConsoleForms.uuid(id);
    if (account == null) {
      return notFound(caller);
    }
    Actor actor = caller.actor();
    UserId user = new UserId(account);
    Long version = ConsoleForms.version(form);
    Result<UserAccount> result =
        switch (action) {
          case "disable" -> accounts.disableUser(actor, user, version);
          case "enable" -> accounts.enableUser(actor, user, version);
          case "roles" -> accounts.assignRoles(actor, user, roles(form), version);
          case "password" -> accounts.resetPassword(actor, user, form.get("newPassword"), version);
          default -> null;
        };
    if (result == null) {
      return notFound(caller);
    }
    return answer(caller, action + "-" + account, form, ACCOUNT_FIELDS, result, action);
  }

  private HttpResponse<?> answer(
      ConsoleRequest caller,
      String formName,
      Map<String, String> form,
      Set<String> fields,
      Result<UserAccount> result,
      String done) {
    if (result.accepted()) {
      return HttpResponse.seeOther(URI.create(ConsolePaths.ADMIN_ACCOUNTS + "?done=" + done));
    }
    List<Rejection> errors = result.errors();
    if (errors.stream().anyMatch(r -> r.code() == ErrorCode.FORBIDDEN)) {
      return forbidden(caller);
    }
    if (errors.stream().anyMatch(r -> r.code() == ErrorCode.NOT_FOUND && "id".equals(r.field()))) {
      return notFound(caller);
    }
    Map<String, String> typed = new java.util.LinkedHashMap<>(form);
    SECRETS.forEach(typed::remove);
    return page(
        caller,
        ConsoleForms.conflict(errors) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
        ConsoleForms.refused(formName, typed, fields::contains, errors, caller.texts()),
        null);
  }

  private HttpResponse<?> page(ConsoleRequest caller, HttpStatus status, Typed typed, String done) {
    Actor actor = caller.actor();
    SignedIn header = signedIn.of(caller);
    Result<List<UserAccount>> all = accounts.users(actor, null);
    if (!all.accepted()) {
      return ConsoleAnswers.forbidden(header);
    }
    Texts t = caller.texts();
    Map<OrganisationId, String> names =
        organisations.visibleTo(actor).stream()
            .collect(Collectors.toMap(Organisation::id, Organisation::name));
    List<AccountsPage.Account> rows =
        all.value().orElseThrow().stream()
            .map(
                u ->
                    new AccountsPage.Account(
                        u.id().value().toString(),
                        u.username(),
                        u.displayName(),
                        names.getOrDefault(u.organisationId(), ""),
                        u.roles().stream().sorted().map(Role::name).toList(),
                        u.roles().stream()
                            .sorted()
                            .map(r -> t.get("admin.role." + r.name()))
                            .collect(Collectors.joining("、")),
                        u.enabled(),
                        u.version()))
            .toList();
    List<CaseWork.Choice> organisationChoices =
        organisations.visibleTo(actor).stream()
            .map(o -> new CaseWork.Choice(o.id().value().toString(), o.name()))
            .toList();
    List<CaseWork.Choice> roleChoices =
        Arrays.stream(Role.values())
            .map(r -> new CaseWork.Choice(r.name(), t.get("admin.role." + r.name())))
            .toList();
    String notice =
        done == null || !DONE.contains(done) ? "" : t.get("admin.accounts.done." + done);
    AccountsPage page =
        new AccountsPage(header, rows, organisationChoices, roleChoices, typed, notice);
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console/accounts", Map.of("page", page)));
  }

  /** The roles ticked: one checkbox {@code role.<ROLE>} per role. */
  private static Set<Role> roles(Map<String, String> form) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (form.containsKey("role." + role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private HttpResponse<?> forbidden(ConsoleRequest caller) {
    return ConsoleAnswers.forbidden(signedIn.of(caller));
  }

  private HttpResponse<?> notFound(ConsoleRequest caller) {
    return ConsoleAnswers.notFound(signedIn.of(caller));
  }
}
