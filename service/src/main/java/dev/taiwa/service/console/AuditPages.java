package dev.taiwa.service.console;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.ChainVerification;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.matrix.AccessMatrix;
import dev.taiwa.cases.matrix.Operation;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the audit page from the use case the API's {@code auditEvents} and {@code
 * verifyAuditChain} call ({@link AuditTrail}, the same bean): it decides who reads what (auditors
 * the whole log, dialogue officers case events only, anyone else is refused and the refusal is
 * audited), hides withheld summaries, and audits each verification. The verify button is shown when
 * the permission matrix lets one of the caller's roles verify.
 */
@Singleton
final class AuditPages {
  private static final AccessMatrix MATRIX = AccessMatrix.standard();

  private final AuditTrail trail;
  private final BreakGlassQueue breakGlass;

  AuditPages(AuditTrail trail, BreakGlassQueue breakGlass) {
    this.trail = trail;
    this.breakGlass = breakGlass;
  }

  /** What the page's address asks for. */
  record Query(
      String caseId,
      String actor,
      String action,
      String outcome,
      String from,
      String to,
      String after) {
    static Query none() {
      return new Query(null, null, null, null, null, null, null);
    }
  }

  /** The page, or empty when the caller may not read the log (FORBIDDEN, audited). */
  Optional<AuditPage> of(Actor actor, SignedIn signedIn, Query query) {
    return of(actor, signedIn, query, null, Typed.none());
  }

  /**
   * The first page with the break-glass review form that was refused, showing what was typed and
   * why; empty when the caller may not read the log.
   */
  Optional<AuditPage> refusedReview(Actor actor, SignedIn signedIn, Typed review) {
    return of(actor, signedIn, Query.none(), null, review);
  }

  /**
   * Verifies the chain as {@code actor} and shows the result above the first page of the log; empty
   * when the caller may not verify (FORBIDDEN, audited).
   */
  Optional<AuditPage> verify(Actor actor, SignedIn signedIn) {
    Result<ChainVerification> result = trail.verify(actor);
    if (!result.accepted()) {
      return Optional.empty();
    }
    Texts t = signedIn.t();
    ChainVerification verification = result.value().orElseThrow();
    String message =
        verification
            .firstBroken()
            .map(
                broken ->
                    t.format(
                        "audit.broken",
                        broken.sequence(),
                        verification.eventsChecked(),
                        broken.problem()))
            .orElse(t.format("audit.intact", verification.eventsChecked()));
    return of(
        actor,
        signedIn,
        Query.none(),
        new AuditPage.Verification(verification.intact(), message),
        Typed.none());
  }

  private Optional<AuditPage> of(
      Actor actor,
      SignedIn signedIn,
      Query query,
      AuditPage.Verification verification,
      Typed review) {
    Texts t = signedIn.t();
    String caseText = trim(query.caseId());
    String actorText = trim(query.actor());
    String actionText = trim(query.action());
    String outcomeText = trim(query.outcome());
    String fromText = trim(query.from());
    String toText = trim(query.to());

    CaseId caseId = null;
    String caseError = "";
    if (!caseText.isEmpty()) {
      try {
        caseId = new CaseId(UUID.fromString(caseText));
      } catch (IllegalArgumentException e) {
        caseError = t.get("audit.badCase");
      }
    }
    Optional<LocalDate> from = date(fromText);
    Optional<LocalDate> to = date(toText);
    String fromError = !fromText.isEmpty() && from.isEmpty() ? t.get("audit.badDate") : "";
    String toError = !toText.isEmpty() && to.isEmpty() ? t.get("audit.badDate") : "";
    AuditOutcome outcome = outcomeOf(outcomeText);

    AuditFilter filter =
        AuditFilter.none()
            .withCase(caseId)
            .withActorName(actorText.isEmpty() ? null : actorText)
            .withActions(actionText.isEmpty() ? Set.of() : Set.of(actionText))
            .withOutcome(outcome)
            .withPeriod(
                from.map(AuditFilter::startOf).orElse(null),
                to.map(AuditFilter::endOf).orElse(null));
    Optional<Long> after = ConsoleCursors.audit(query.after());
    Result<Page<AuditEvent>> result =
        trail.search(
            actor, filter, new AuditPageRequest(AuditPage.PAGE_SIZE, after.orElse(null), false));
    if (!result.accepted()) {
      return Optional.empty();
    }
    boolean unreadable = !caseError.isEmpty() || !fromError.isEmpty() || !toError.isEmpty();
    Page<AuditEvent> page = unreadable ? Page.empty(false) : result.value().orElseThrow();
    List<AuditPage.Row> rows = page.items().stream().map(event -> row(event, t)).toList();

    String base =
        "?case="
            + encode(caseText)
            + "&actor="
            + encode(actorText)
            + "&action="
            + encode(actionText)
            + "&outcome="
            + encode(outcome == null ? "" : outcome.name())
            + "&from="
            + encode(fromText)
            + "&to="
            + encode(toText);
    String next =
        page.hasNext() && !rows.isEmpty()
            ? ConsolePaths.AUDIT
                + base
                + "&after="
                + ConsoleCursors.audit(rows.get(rows.size() - 1).sequence())
            : "";
    String first = after.isPresent() ? ConsolePaths.AUDIT + base : "";
    return Optional.of(
        new AuditPage(
            signedIn,
            new AuditPage.Filters(
                caseText,
                actorText,
                actionText,
                outcome == null ? "" : outcome.name(),
                fromText,
                toText,
                caseError,
                fromError,
                toError),
            actions(t),
            outcomes(t),
            rows,
            next,
            first,
            MATRIX.allows(Operation.VERIFY_AUDIT_CHAIN, actor),
            verification,
            breakGlass.of(actor),
            review));
  }

  private static AuditPage.Row row(AuditEvent event, Texts t) {
    AuditEntry e = event.entry();
    String action =
        AuditAction.ofCode(e.action())
            .map(
                known ->
                    t.language() == ConsoleLanguage.EN ? known.label().en() : known.label().ja())
            .orElse(e.action());
    String caseId = e.caseId() == null ? "" : e.caseId().toString();
    return new AuditPage.Row(
        event.sequence(),
        ConsoleDates.dateTime(e.occurredAt()),
        e.actorName() == null ? t.get("audit.system") : e.actorName(),
        action,
        e.action(),
        t.label(e.outcome()),
        e.summary(),
        caseId,
        caseId.isEmpty() ? "" : ConsolePaths.AUDIT + "?case=" + caseId);
  }

  private static List<AuditPage.Option> actions(Texts t) {
    List<AuditPage.Option> options = new ArrayList<>();
    Arrays.stream(AuditAction.values())
        .sorted(Comparator.comparing(AuditAction::code))
        .forEach(
            a ->
                options.add(
                    new AuditPage.Option(
                        a.code(),
                        a.code()
                            + " — "
                            + (t.language() == ConsoleLanguage.EN
                                ? a.label().en()
                                : a.label().ja()))));
    return options;
  }

  private static List<AuditPage.Option> outcomes(Texts t) {
    return Arrays.stream(AuditOutcome.values())
        .map(o -> new AuditPage.Option(o.name(), t.label(o)))
        .toList();
  }

  private static AuditOutcome outcomeOf(String text) {
    for (AuditOutcome outcome : AuditOutcome.values()) {
      if (outcome.name().equals(text)) {
        return outcome;
      }
    }
    return null;
  }

  private static Optional<LocalDate> date(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String trim(String text) {
    return text == null ? "" : text.trim();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
