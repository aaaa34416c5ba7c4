package dev.taiwa.service.console;

import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.DocumentPolicy;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.compensation.access.CompensationAccessPolicy;
import dev.taiwa.cases.patent.compensation.model.LossCause;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.ReviewRecordKinds;
import dev.taiwa.cases.patent.model.ReviewRecordPolicy;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNoticeRules;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which forms a patent application's page offers the caller now: the transitions the API's {@code
 * availableActions} lists, the records {@link ReviewRecordPolicy} lets the caller's roles file in
 * this state (and the requests still awaiting the answer the caller gives), and a compensation
 * claim where {@link CompensationAccessPolicy} lets the caller claim. The use cases decide again
 * when a form is posted.
 */
@Singleton
final class PatentWorks {
  /** The form of each transition the page offers (expiry is the sweep's). */
  static final Map<PatentAction, String> FORMS = forms();

  private final PatentQueries queries;
  private final SpecifiedFieldCatalogue catalogue;
  private final PatentAccessPolicy access = new PatentAccessPolicy();
  private final ReviewRecordPolicy recordPolicy = new ReviewRecordPolicy();
  private final CompensationAccessPolicy compensation = new CompensationAccessPolicy();
  private final DocumentPolicy documents = new DocumentPolicy();

  PatentWorks(PatentQueries queries, SpecifiedFieldCatalogue catalogue) {
    this.queries = queries;
    this.catalogue = catalogue;
  }

  private static Map<PatentAction, String> forms() {
    Map<PatentAction, String> forms = new EnumMap<>(PatentAction.class);
    forms.put(PatentAction.SEND_TO_REVIEW, "screen");
    forms.put(PatentAction.DECIDE_NOT_SENT, "screen");
    forms.put(PatentAction.REQUEST_SECURITY_REVIEW, "request-review");
    forms.put(PatentAction.START_SECURITY_REVIEW, "start-review");
    forms.put(PatentAction.ISSUE_PRIOR_NOTICE, "prior-notice");
    forms.put(PatentAction.MAINTAIN_APPLICATION, "maintain");
    forms.put(PatentAction.WITHDRAW, "withdraw");
    forms.put(PatentAction.DISMISS, "dismiss");
    forms.put(PatentAction.DESIGNATE, "designate");
    forms.put(PatentAction.DECIDE_NOT_DESIGNATED, "not-designate");
    forms.put(PatentAction.EXTEND_DESIGNATION, "extend");
    forms.put(PatentAction.LIFT_DESIGNATION, "lift");
    return forms;
  }

  PatentPage.Work of(
      Actor actor,
      PatentApplication a,
      List<ReviewRecord> records,
      Optional<NonSendingNotice> notice,
      String csrf,
      Typed typed,
      Texts t) {
    Set<String> offered = new LinkedHashSet<>();
    for (PatentAction action : queries.availableActions(actor, a)) {
      if (FORMS.containsKey(action)) {
        offered.add(FORMS.get(action));
      }
    }
    Set<Role> roles = access.rolesOn(actor, a);
    List<CaseWork.Choice> fileKinds = new ArrayList<>();
    for (ReviewRecordKind kind : ReviewRecordKind.values()) {
      if (ReviewRecordKinds.FILED_BY_APPLICANT.contains(kind) && files(kind, a, roles)) {
        fileKinds.add(new CaseWork.Choice(kind.name(), t.label(kind)));
      }
    }
    if (!fileKinds.isEmpty()) {
      offered.add("file-obligation");
    }
    if (notice.isEmpty()
        && a.appliedBy(actor.organisationId())
        && nonSending(NonSendingNoticeRules.Step.REQUEST, a, roles)) {
      offered.add("request-non-sending");
    }
    if (notice.filter(n -> !n.issued()).isPresent()
        && nonSending(NonSendingNoticeRules.Step.ISSUE, a, roles)) {
      offered.add("issue-non-sending");
    }
    if (files(ReviewRecordKind.MATERIALS_REQUEST, a, roles)) {
      offered.add("request-materials");
    }
    if (files(ReviewRecordKind.CONSULTATION, a, roles)) {
      offered.add("consultation");
    }
    List<PatentPage.OpenRequest> toDecide = new ArrayList<>();
    List<PatentPage.OpenRequest> toAnswer = new ArrayList<>();
    for (ReviewRecord request : records) {
      if (answered(request, records)) {
        continue;
      }
      List<CaseWork.Choice> answers = new ArrayList<>();
      for (ReviewRecordKind kind : ReviewRecordKind.values()) {
        boolean answersIt =
            recordPolicy
                .ruleFor(kind)
                .flatMap(ReviewRecordPolicy.Rule::answers)
                .filter(request.kind()::equals)
                .isPresent();
        if (answersIt && files(kind, a, roles)) {
          answers.add(new CaseWork.Choice(kind.name(), t.label(kind)));
        }
      }
      if (answers.isEmpty()) {
        continue;
      }
      PatentPage.OpenRequest open =
          new PatentPage.OpenRequest(
              request.id().toString(),
              t.label(request.kind())
                  + t.get("text.open")
                  + ConsoleDates.dateTime(request.recordedAt())
                  + t.get("text.close")
                  + " "
                  + request.text(),
              answers);
      if (request.kind() == ReviewRecordKind.MATERIALS_REQUEST) {
        toAnswer.add(open);
      } else {
        toDecide.add(open);
      }
    }
    if (!toDecide.isEmpty()) {
      offered.add("decide-obligation");
    }
    if (!toAnswer.isEmpty()) {
      offered.add("answer-materials");
    }
    if (compensation.canClaim(actor)
        && CompensationAccessPolicy.CLAIMABLE_STATES.contains(a.state())
        && a.appliedBy(actor.organisationId())) {
      offered.add("claim-compensation");
    }
    List<CaseWork.Choice> fields =
        offered.contains("screen")
            ? SpecifiedFieldChoices.of(catalogue.inForceOn(a.filingDate()), t)
            : List.of();
    List<CaseWork.Choice> causes =
        Arrays.stream(LossCause.values())
            .map(c -> new CaseWork.Choice(c.name(), t.label(c)))
            .toList();
    List<CaseWork.Choice> generatable = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.track() == DocumentKind.Track.PATENT
          && documents.mayGenerate(kind, roles)
          && documents.generatableIn(kind, a.state())) {
        generatable.add(new CaseWork.Choice(kind.name(), kind.titleJa()));
      }
    }
    if (!generatable.isEmpty()) {
      offered.add("generate-document");
    }
    return new PatentPage.Work(
        csrf,
        typed,
        Set.copyOf(offered),
        fields,
        fileKinds,
        toDecide,
        toAnswer,
        causes,
        generatable);
  }

  private boolean files(ReviewRecordKind kind, PatentApplication a, Set<Role> roles) {
    return recordPolicy.refusal(kind, a.state(), roles).isEmpty();
  }

  /** Whether the caller's roles on the application take this step of a notice of non-sending. */
  private static boolean nonSending(
      NonSendingNoticeRules.Step step, PatentApplication a, Set<Role> roles) {
    NonSendingNoticeRules.Rule rule = NonSendingNoticeRules.RULES.get(step);
    return roles.contains(rule.role()) && rule.states().contains(a.state());
  }

  private static boolean answered(ReviewRecord request, List<ReviewRecord> records) {
    return records.stream().anyMatch(r -> r.parent().filter(request.id()::equals).isPresent());
  }
}
