package dev.taiwa.cases.secrecy;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what may be shown of a case whose content is secret, to a caller who
 * may know that it exists, and of everything recorded about it. Every reader asks it: the GraphQL
 * wiring (every field of every {@link Withheldable} type), the exports, documents, deadline lists,
 * links, the audit trail and the case timeline.
 *
 * <ul>
 *   <li>A case whose content is secret now shows a caller without need-to-know its skeleton only
 *       ({@link #of}); which fields that is, {@link WithheldFields} says.
 *   <li>Nothing recorded about such a case is shown to that caller: no deadline, review record,
 *       document, link or claim ({@link #showsRecordsOf}); not even that a link to it exists
 *       ({@link #showsLink}).
 *   <li>Records internal to an office open by that office's roles only: need-to-know of the content
 *       (the applicant's, or a grant's) never opens them ({@link #showsInternalRecords}).
 *   <li>An audit event that names such a case shows its summary to no one without need-to-know; a
 *       reader of the case events (not of the whole log) does not see the event at all ({@link
 *       #ofAuditEvent}).
 * </ul>
 */
public final class Secrecy {

  /** Shown instead of the summary of an audit event that names a case withheld from the reader. */
  public static final String WITHHELD_SUMMARY = "（要知悉のため非表示） withheld: need-to-know";

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");

  /** How an audit event is shown to one reader. */
  public enum EventShowing {
    /** As recorded. */
    WHOLE,
    /** Everything but the summary, which reads {@link #WITHHELD_SUMMARY}. */
    WITHOUT_SUMMARY,
    /** Left out, as if it did not exist. */
    NOT_AT_ALL
  }

  /**
   * The disclosure of a case: only its skeleton while its content is secret ({@code secretNow}) and
   * the caller has no need-to-know of it; in full otherwise.
   */
  public Disclosure of(boolean secretNow, boolean needToKnow) {
    return secretNow && !needToKnow ? Disclosure.SKELETON : Disclosure.FULL;
  }

  /** Records about a case (deadlines, review records, documents, claims) only with all of it. */
  public boolean showsRecordsOf(Disclosure disclosure) {
    return disclosure == Disclosure.FULL;
  }

  /** A link between two cases only when both are disclosed in full to the caller. */
  public boolean showsLink(Disclosure one, Disclosure other) {
    return showsRecordsOf(one) && showsRecordsOf(other);
  }

  /**
   * Records internal to an office (the Cabinet Office's consultations) only to a caller holding one
   * of {@code office}'s roles; a need-to-know grant or the applicant's own need-to-know widens what
   * may be read of the content, never what is internal to the office.
   */
  public boolean showsInternalRecords(Actor actor, Set<Role> office) {
    return actor.roles().stream().anyMatch(office::contains);
  }

  /**
   * How an audit event about {@code caseId} with {@code summary} is shown, given which of the cases
   * it names ({@link #namedCases}) are withheld from the reader: whole when none is; to a reader of
   * the whole log (oversight) without its summary; to a reader of case events not at all, since
   * even the existence of, say, a link to a secret case is need-to-know.
   */
  public EventShowing ofAuditEvent(
      CaseId caseId, String summary, boolean readsWholeLog, Set<CaseId> withheld) {
    boolean namesWithheld = namedCases(caseId, summary).stream().anyMatch(withheld::contains);
    if (!namesWithheld) {
      return EventShowing.WHOLE;
    }
    return readsWholeLog ? EventShowing.WITHOUT_SUMMARY : EventShowing.NOT_AT_ALL;
  }

  /** The case an event is about and every id its summary names (e.g. the other side of a link). */
  public Set<CaseId> namedCases(CaseId caseId, String summary) {
    Set<CaseId> named = new LinkedHashSet<>();
    if (caseId != null) {
      named.add(caseId);
    }
    if (summary != null) {
      Matcher ids = UUID_TEXT.matcher(summary);
      while (ids.find()) {
        named.add(new CaseId(UUID.fromString(ids.group())));
      }
    }
    return named;
  }
}
