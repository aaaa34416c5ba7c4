package dev.taiwa.service.console;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationView;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.BanDecision;
import dev.taiwa.cases.patent.confirmation.model.Consultation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the prior-confirmation pages from the API's use cases ({@code priorConfirmations}, {@code
 * priorConfirmation}): the list reads no content, a request's page reads it through the audited
 * query, exactly as the API's {@code title} and {@code summary} do.
 */
@Singleton
final class ConfirmationPages {
  private static final AccessMatrix MATRIX = AccessMatrix.standard();

  /** The form each action of the transition table is offered by. */
  static final Map<PriorConfirmationAction, String> FORMS =
      Map.of(
          PriorConfirmationAction.SEND_FOR_CONSULTATION, "send-for-consultation",
          PriorConfirmationAction.RECORD_CONSULTATION, "record-consultation",
          PriorConfirmationAction.ANSWER, "answer");

  private final PriorConfirmationQueries queries;
  private final Organisations organisations;
  private final UserAccounts users;
  private final SpecifiedFieldCatalogue catalogue;
  private final Clock clock;

  ConfirmationPages(
      PriorConfirmationQueries queries,
      Organisations organisations,
      UserAccounts users,
      SpecifiedFieldCatalogue catalogue,
      Clock clock) {
    this.queries = queries;
    this.organisations = organisations;
    this.users = users;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * The list from the start, or after {@code after} (a cursor of its next-page link; a malformed
   * one starts it from the first page); empty when the caller may not list requests (FORBIDDEN).
   */
  Optional<ConfirmationListPage> list(Actor actor, SignedIn signedIn, String after) {
    if (!MATRIX.allows(Operation.PRIOR_CONFIRMATIONS, actor)) {
      return Optional.empty();
    }
    Texts t = signedIn.t();
    Optional<PageRequest.Position> position = ConsoleCursors.position(after);
    Page<PriorConfirmationView> page =
        queries.search(
            actor,
            new PageRequest(ConfirmationListPage.PAGE_SIZE, position.orElse(null), false),
            false);
    List<PriorConfirmation> requests =
        page.items().stream().map(PriorConfirmationView::request).toList();
    Map<OrganisationId, String> names =
        organisations
            .findAll(requests.stream().map(PriorConfirmation::organisation).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Organisation::id, Organisation::name));
    List<ConfirmationListPage.Row> rows =
        requests.stream()
            .map(
                r ->
                    new ConfirmationListPage.Row(
                        ConsolePaths.confirmationOf(r.id().value()),
                        ConsoleDates.dateTime(r.requestedAt()),
                        names.getOrDefault(r.organisation(), ""),
                        t.get("confirmation.state." + r.state().name()),
                        r.decision() == null
                            ? ""
                            : t.get("confirmation.answer." + r.decision().answer().name())))
            .toList();
    String next =
        page.hasNext() && !requests.isEmpty()
            ? ConsolePaths.CONFIRMATIONS
                + "?after="
                + ConsoleCursors.confirmation(requests.get(requests.size() - 1))
            : "";
    return Optional.of(
        new ConfirmationListPage(
            signedIn,
            MATRIX.allows(Operation.REQUEST_PRIOR_CONFIRMATION, actor),
            rows,
            next,
            position.isPresent() ? ConsolePaths.CONFIRMATIONS : ""));
  }

  /** The request form, with the specified fields in force today to tick. */
  NewConfirmationPage newRequest(Actor actor, SignedIn signedIn, Typed typed) {
    Texts t = signedIn.t();
    List<CaseWork.Choice> fields =
        SpecifiedFieldChoices.of(catalogue.inForceOn(JapanTime.today(clock)), t);
    return new NewConfirmationPage(
        signedIn, MATRIX.allows(Operation.REQUEST_PRIOR_CONFIRMATION, actor), fields, typed);
  }

  /** The request's page, or empty when missing or not the caller's to see (the same answer). */
  Optional<ConfirmationPage> page(Actor actor, CaseId id, SignedIn signedIn, Typed typed) {
    return queries.find(actor, id, true).map(view -> page(actor, view, signedIn, typed));
  }

  private ConfirmationPage page(
      Actor actor, PriorConfirmationView view, SignedIn signedIn, Typed typed) {
    Texts t = signedIn.t();
    PriorConfirmation r = view.request();
    List<ConfirmationPage.Fact> facts = new ArrayList<>();
    facts.add(
        fact(
            t,
            "organisation",
            organisations.find(r.organisation()).map(Organisation::name).orElse("")));
    facts.add(fact(t, "requestedBy", name(r.requestedBy())));
    facts.add(fact(t, "requestedAt", ConsoleDates.dateTime(r.requestedAt())));
    view.content()
        .ifPresent(
            c -> {
              facts.add(fact(t, "title", c.title()));
              facts.add(fact(t, "summary", c.summary()));
            });
    facts.add(
        fact(
            t,
            "claimedFields",
            r.claimedFields().stream()
                .map(n -> t.format("patent.field", n))
                .collect(Collectors.joining(t.get("case.fact.listSeparator")))));
    facts.add(
        fact(
            t,
            "completedInJapan",
            t.get(r.inventionCompletedInJapan() ? "confirmation.yes" : "confirmation.no")));
    facts.add(fact(t, "intendedForeignFiling", r.intendedForeignFiling()));
    List<ConfirmationPage.Fact> consultation =
        view.consultation().map(c -> consultation(c, t)).orElse(null);
    List<ConfirmationPage.Fact> answer = r.decision() == null ? List.of() : answer(r.decision(), t);
    Set<String> offers =
        queries.availableActions(actor, r).stream().map(FORMS::get).collect(Collectors.toSet());
    List<CaseWork.Choice> answers =
        Arrays.stream(BanAnswer.values())
            .map(a -> new CaseWork.Choice(a.name(), t.get("confirmation.answer." + a.name())))
            .toList();
    return new ConfirmationPage(
        signedIn,
        ConsolePaths.confirmationOf(r.id().value()),
        r.version(),
        t.get("confirmation.state." + r.state().name()),
        facts,
        consultation,
        answer,
        offers,
        answers,
        typed);
  }

  private List<ConfirmationPage.Fact> consultation(Consultation c, Texts t) {
    List<ConfirmationPage.Fact> facts = new ArrayList<>();
    facts.add(fact(t, "sentAt", ConsoleDates.dateTime(c.sentAt()) + " " + name(c.sentBy())));
    if (c.note() != null && !c.note().isBlank()) {
      facts.add(fact(t, "note", c.note()));
    }
    if (c.answer() != null) {
      facts.add(fact(t, "cabinetOfficeAnswer", c.answer()));
      facts.add(
          fact(
              t, "answeredAt", ConsoleDates.dateTime(c.answeredAt()) + " " + name(c.answeredBy())));
    }
    return facts;
  }

  private List<ConfirmationPage.Fact> answer(BanDecision d, Texts t) {
    return List.of(
        fact(t, "answer", t.get("confirmation.answer." + d.answer().name())),
        fact(t, "answerReason", d.reason()),
        fact(t, "answeredAt", ConsoleDates.dateTime(d.decidedAt())));
  }

  private static ConfirmationPage.Fact fact(Texts t, String key, String value) {
    return new ConfirmationPage.Fact(t.get("confirmation.fact." + key), value);
  }

  private String name(UserId id) {
    return users.find(id).map(UserAccount::displayName).orElse("");
  }
}
