package dev.taiwa.service.console;

import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.access.GrantPolicy;
import dev.taiwa.cases.access.application.AccessGrantCommands;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.access.application.GrantAccess;
import dev.taiwa.cases.document.application.DocumentCommands;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.application.NonSendingNoticeCommands;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.PatentReviewCommands;
import dev.taiwa.cases.patent.application.ScreeningOutcome;
import dev.taiwa.cases.patent.compensation.application.CompensationCommands;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.compensation.model.CompensationForm;
import dev.taiwa.cases.patent.compensation.model.LossCause;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.ReviewRecordKinds;
import dev.taiwa.cases.patent.model.SharingBusiness;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The forms of a patent application's page, by the last part of the address they post to: the use
 * case each calls (the one the GraphQL mutation of the same purpose calls), the fields its form has
 * (where a refusal is shown), and where the page returns to.
 */
@Singleton
final class PatentFormActions {
  /** Sharing businesses a maintain or obligation form offers rows for. */
  static final int BUSINESS_ROWS = 3;

  private final PatentCommands patents;
  private final PatentReviewCommands review;
  private final CompensationCommands compensation;
  private final CompensationQueries claims;
  private final DocumentCommands documents;
  private final PatentQueries applications;
  private final AccessGrantCommands grants;
  private final AccessGrantQueries grantReads;
  private final UserAccounts users;
  private final NonSendingNoticeCommands nonSending;
  private final GrantPolicy grantPolicy = new GrantPolicy();
  private final Map<String, FormAction> actions;

  PatentFormActions(
      PatentCommands patents,
      PatentReviewCommands review,
      CompensationCommands compensation,
      CompensationQueries claims,
      DocumentCommands documents,
      PatentQueries applications,
      AccessGrantCommands grants,
      AccessGrantQueries grantReads,
      UserAccounts users,
      NonSendingNoticeCommands nonSending) {
    this.patents = patents;
    this.review = review;
    this.compensation = compensation;
    this.claims = claims;
    this.documents = documents;
    this.applications = applications;
    this.grants = grants;
    this.grantReads = grantReads;
    this.users = users;
    this.nonSending = nonSending;
    this.actions = actions();
  }

  /** The action posted to {@code name}; empty for an unknown one. */
  Optional<FormAction> named(String name) {
    return Optional.ofNullable(actions.get(name));
  }

  private Map<String, FormAction> actions() {
    Map<String, FormAction> actions = new LinkedHashMap<>();
    actions.put(
        "screen",
        new FormAction(
            p -> {
              ScreeningOutcome outcome =
                  ConsoleForms.choice(p.form(), "outcome", ScreeningOutcome.class);
              if (outcome == null) {
                return refused("outcome", "Choose send or not send");
              }
              return patents.decideScreening(
                  p.actor(),
                  p.caseId(),
                  p.version(),
                  outcome,
                  ConsoleForms.specifiedFields(p.form()),
                  p.text("reason"));
            },
            field -> Set.of("outcome", "reason", "matchedFields").contains(field),
            "work"));
    actions.put(
        "request-review",
        new FormAction(
            p ->
                patents.requestSecurityReview(p.actor(), p.caseId(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work"));
    actions.put(
        "start-review",
        new FormAction(
            p -> review.startReview(p.actor(), p.caseId(), p.version()), Set.of(), "work"));
    actions.put(
        "prior-notice",
        new FormAction(
            p -> review.issuePriorNotice(p.actor(), p.caseId(), p.version(), p.text("text")),
            Set.of("text"),
            "work"));
    actions.put(
        "maintain",
        new FormAction(
            p ->
                review.maintain(
                    p.actor(), p.caseId(), p.version(), businesses(p.form()), p.text("note")),
            PatentFormActions::businessOrNote,
            "work"));
    actions.put(
        "withdraw",
        new FormAction(
            p -> review.withdraw(p.actor(), p.caseId(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work"));
    actions.put(
        "dismiss",
        new FormAction(
            p -> review.dismiss(p.actor(), p.caseId(), p.version(), p.text("reason")),
            Set.of("reason"),
            "work"));
    actions.put(
        "designate",
        new FormAction(
            p ->
                review.designate(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    ConsoleForms.date(p.form(), "periodEnd"),
                    p.text("reason")),
            Set.of("periodEnd", "reason"),
            "work"));
    actions.put(
        "not-designate",
        new FormAction(
            p -> review.decideNotDesignated(p.actor(), p.caseId(), p.version(), p.text("notice")),
            Set.of("notice"),
            "work"));
    actions.put(
        "extend",
        new FormAction(
            p ->
                review.extend(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    ConsoleForms.date(p.form(), "periodEnd"),
                    p.text("reason")),
            Set.of("periodEnd", "reason"),
            "work"));
    actions.put(
        "lift",
        new FormAction(
            p ->
                review.lift(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    p.text("reason"),
                    ConsoleForms.date(p.form(), "noticeDate")),
            Set.of("reason", "noticeDate"),
            "work"));
    actions.put(
        "request-materials",
        new FormAction(
            p ->
                review.file(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    ReviewRecordKind.MATERIALS_REQUEST,
                    null,
                    p.text("text"),
                    ConsoleForms.integer(p.form(), "replyDays"),
                    List.of()),
            Set.of("text", "replyDays"),
            "work-records"));
    actions.put(
        "answer-materials",
        new FormAction(
            p ->
                review.file(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    ReviewRecordKind.MATERIALS_REPLY,
                    p.item(),
                    p.text("text"),
                    null,
                    List.of()),
            Set.of("text"),
            "work-records"));
    actions.put(
        "consultation",
        new FormAction(
            p ->
                review.file(
                    p.actor(),
                    p.caseId(),
                    p.version(),
                    ReviewRecordKind.CONSULTATION,
                    null,
                    p.text("text"),
                    null,
                    List.of()),
            Set.of("text"),
            "work-records"));
    actions.put(
        "file-obligation",
        new FormAction(
            p -> {
              ReviewRecordKind kind = ConsoleForms.choice(p.form(), "kind", ReviewRecordKind.class);
              if (kind == null || !ReviewRecordKinds.FILED_BY_APPLICANT.contains(kind)) {
                return refused("kind", "Choose what to file");
              }
              return review.file(
                  p.actor(),
                  p.caseId(),
                  p.version(),
                  kind,
                  null,
                  p.text("text"),
                  null,
                  businesses(p.form()));
            },
            field -> field.equals("kind") || field.equals("text") || businessOrNote(field),
            "work-records"));
    actions.put(
        "decide-obligation",
        new FormAction(
            p -> {
              ReviewRecordKind kind = ConsoleForms.choice(p.form(), "kind", ReviewRecordKind.class);
              if (kind == null || !ReviewRecordKinds.DECIDED_BY_REVIEWER.contains(kind)) {
                return refused("kind", "Choose a decision");
              }
              return review.file(
                  p.actor(),
                  p.caseId(),
                  p.version(),
                  kind,
                  p.item(),
                  p.text("text"),
                  null,
                  List.of());
            },
            Set.of("kind", "text", "parentId"),
            "work-records"));
    actions.put(
        "claim-compensation",
        new FormAction(
            p ->
                compensation.claim(
                    p.actor(),
                    p.caseId(),
                    new CompensationForm(
                        ConsoleForms.number(p.form(), "amountYen"),
                        p.text("basis"),
                        ConsoleForms.choice(p.form(), "cause", LossCause.class))),
            Set.of("amountYen", "basis", "cause"),
            "work-claims"));
    actions.put(
        "note-claim",
        new FormAction(
            p ->
                ofThisApplication(p)
                    ? compensation.addAssessmentNote(
                        p.actor(), new CaseId(p.item()), p.version(), p.text("text"))
                    : noSuchClaim(),
            Set.of("text"),
            "claims"));
    actions.put(
        "decide-claim",
        new FormAction(
            p ->
                ofThisApplication(p)
                    ? compensation.decide(
                        p.actor(),
                        new CaseId(p.item()),
                        p.version(),
                        ConsoleForms.number(p.form(), "amountYen"),
                        p.text("reason"))
                    : noSuchClaim(),
            Set.of("amountYen", "reason"),
            "claims"));
    actions.put(
        "generate-document",
        new FormAction(
            p -> {
              DocumentKind kind = ConsoleForms.choice(p.form(), "kind", DocumentKind.class);
              if (kind == null) {
                return refused("kind", "Choose a document");
              }
              return documents.generate(p.actor(), p.caseId(), kind);
            },
            Set.of("kind"),
            "work-documents"));
    actions.put(
        "request-non-sending",
        new FormAction(
            p -> nonSending.request(p.actor(), p.caseId(), p.version()), Set.of(), "work"));
    actions.put(
        "issue-non-sending",
        new FormAction(
            p -> nonSending.issue(p.actor(), p.caseId(), p.version()), Set.of(), "work"));
    actions.put(
        "grant-access",
        new FormAction(
            ifVisible(this::grant), Set.of("granteeId", "reason", "expiresAt"), "grants"));
    actions.put(
        "revoke-access", new FormAction(ifVisible(this::revoke), Set.of("reason"), "grants"));
    actions.put(
        "open-break-glass",
        new FormAction(
            ifVisible(p -> grants.openBreakGlass(p.actor(), p.caseId(), p.text("reason"))),
            Set.of("reason"),
            "grants"));
    return actions;
  }

  /**
   * A form about who may read the application ({@code grants}' use cases take a case id, not the
   * application): run only when the caller sees the application; one it does not see is NOT_FOUND,
   * as on its page.
   */
  private Function<FormAction.Posted, Result<?>> ifVisible(
      Function<FormAction.Posted, Result<?>> form) {
    return p ->
        applications.find(p.actor(), p.caseId(), false).isEmpty()
            ? noSuchApplication()
            : form.apply(p);
  }

  /** {@code grantAccess} for the page's application, the grantee named by login ID. */
  private Result<?> grant(FormAction.Posted p) {
    String username = p.text("grantee");
    Optional<UserId> grantee =
        username == null
            ? Optional.empty()
            : users.findByUsername(username.strip()).map(UserAccount::id);
    Result<?> result =
        grants.grant(
            p.actor(),
            new GrantAccess(
                grantee.orElse(new UserId(new UUID(0, 0))),
                p.caseId(),
                p.text("reason"),
                ConsoleForms.tokyoTime(p.form(), "expiresAt")));
    if (grantee.isPresent() || result.accepted()) {
      return result;
    }
    Rejection named =
        username == null
            ? Rejection.onField(ErrorCode.REQUIRED, "granteeId", "Name the user by login ID")
            : Rejection.onField(ErrorCode.INVALID_VALUE, "granteeId", "No user has this login ID");
    return Result.refused(
        Optional.empty(),
        result.errors().stream().map(r -> "granteeId".equals(r.field()) ? named : r).toList());
  }

  /** {@code revokeAccess} of one grant of the page's application. */
  private Result<?> revoke(FormAction.Posted p) {
    Optional<Rejection> forbidden = grantPolicy.mayGrantOrRevoke(p.actor());
    if (forbidden.isPresent()) {
      return Result.refused(Optional.empty(), List.of(forbidden.get()));
    }
    UUID item = ConsoleForms.uuid(p.form(), "item");
    if (item == null) {
      return refused("item", "Choose the grant to revoke");
    }
    Result<List<dev.taiwa.cases.access.AccessGrant>> ofCase =
        grantReads.ofCase(p.actor(), p.caseId());
    if (!ofCase.accepted()) {
      return ofCase;
    }
    if (ofCase.value().orElse(List.of()).stream().noneMatch(g -> g.id().value().equals(item))) {
      return Result.refused(
          Optional.empty(),
          List.of(Rejection.of(ErrorCode.NOT_FOUND, "No such grant on this application")));
    }
    return grants.revoke(p.actor(), new GrantId(item), p.text("reason"));
  }

  private static Result<?> noSuchApplication() {
    return Result.refused(
        Optional.empty(), List.of(Rejection.of(ErrorCode.NOT_FOUND, "No such application")));
  }

  /** Whether the claim a form names is one of the page's application (as the caller sees it). */
  private boolean ofThisApplication(FormAction.Posted p) {
    return claims
        .find(p.actor(), new CaseId(p.item()))
        .filter(view -> view.claim().applicationId().equals(p.caseId()))
        .isPresent();
  }

  private static Result<?> noSuchClaim() {
    return Result.refused(
        Optional.empty(),
        List.of(Rejection.of(ErrorCode.NOT_FOUND, "No such claim on this application")));
  }

  private static Result<?> refused(String field, String message) {
    return Result.refused(
        Optional.empty(), List.of(Rejection.onField(ErrorCode.REQUIRED, field, message)));
  }

  /**
   * The sharing businesses of the rows filled in: {@code name-<n>}, {@code address-<n>}, {@code
   * role-<n>}; a row left wholly blank is no business.
   */
  private static List<SharingBusiness> businesses(Map<String, String> form) {
    List<SharingBusiness> businesses = new ArrayList<>();
    for (int n = 0; n < BUSINESS_ROWS; n++) {
      String name = ConsoleForms.text(form, "name-" + n);
      String address = ConsoleForms.text(form, "address-" + n);
      String role = ConsoleForms.text(form, "role-" + n);
      if (name != null || address != null || role != null) {
        businesses.add(new SharingBusiness(name, address, role));
      }
    }
    return businesses;
  }

  private static boolean businessOrNote(String field) {
    return field.equals("note")
        || field.equals("businesses")
        || field.matches("(name|address|role)-[0-9]+");
  }
}
