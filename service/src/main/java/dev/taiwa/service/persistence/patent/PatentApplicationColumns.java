package dev.taiwa.service.persistence.patent;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.IpcCode;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.service.persistence.crypto.ContentCipher;
import dev.taiwa.service.persistence.crypto.EncryptedColumn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Maps {@link PatentApplication} to and from the columns of {@code patent_application}; the content
 * (title, abstract, claims) is stored encrypted ({@link ContentCipher}).
 */
final class PatentApplicationColumns {
  /** Every column but the id, in the order {@link #bind} writes them. */
  static final List<String> COLUMNS =
      List.of(
          "application_number",
          "filing_date",
          "invention_completed_japan",
          "title",
          "abstract_text",
          "claims",
          "ipc_codes",
          "route",
          "defence_purpose",
          "state_or_national_agency",
          "commissioned_research",
          "state",
          "outside_reason",
          "assigned_examiner",
          "screening_due",
          "matched_fields",
          "decision_reason",
          "registered_at",
          "updated_at",
          "version",
          "sent_to_review");

  private PatentApplicationColumns() {}

  /**
   * Binds the columns of {@link #COLUMNS} from index {@code first}, title, abstract and claims
   * encrypted; returns the next index.
   */
  static int bind(PreparedStatement s, int first, PatentApplication a, ContentCipher cipher)
      throws SQLException {
    int i = first;
    String id = a.id().toString();
    s.setString(i++, a.number().value());
    s.setString(i++, a.filingDate().toString());
    s.setBoolean(i++, a.inventionCompletedInJapan());
    s.setString(i++, cipher.encrypt(a.title(), EncryptedColumn.PATENT_TITLE.place(id)));
    text(s, i++, cipher.encrypt(a.abstractText(), EncryptedColumn.PATENT_ABSTRACT.place(id)));
    text(s, i++, cipher.encrypt(a.claims(), EncryptedColumn.PATENT_CLAIMS.place(id)));
    s.setString(i++, String.join(";", a.ipcCodes().stream().map(IpcCode::value).toList()));
    s.setString(i++, a.route().name());
    s.setBoolean(i++, a.additionalFacts().defencePurpose());
    s.setBoolean(i++, a.additionalFacts().stateOrNationalAgencyApplicant());
    s.setBoolean(i++, a.additionalFacts().commissionedResearch());
    s.setString(i++, a.state().name());
    text(s, i++, a.outsideReason());
    s.setString(i++, a.assignedExaminer().toString());
    text(s, i++, a.screeningDue() == null ? null : a.screeningDue().toString());
    s.setString(i++, String.join(";", a.matchedFields().stream().map(String::valueOf).toList()));
    text(s, i++, a.decisionReason());
    s.setLong(i++, a.registeredAt().toEpochMilli());
    s.setLong(i++, a.updatedAt().toEpochMilli());
    s.setLong(i++, a.version());
    s.setBoolean(i++, a.sentToReview());
    return i;
  }

  /**
   * Reads the current row now and returns how to build the application once its applicants (kept in
   * {@code patent_applicant}) are known.
   */
  static Function<List<OrganisationId>, PatentApplication> read(ResultSet r, ContentCipher cipher)
      throws SQLException {
    CaseId id = new CaseId(UUID.fromString(r.getString("id")));
    ApplicationNumber number = new ApplicationNumber(r.getString("application_number"));
    LocalDate filingDate = LocalDate.parse(r.getString("filing_date"));
    boolean completedInJapan = r.getBoolean("invention_completed_japan");
    String title = cipher.decrypt(r.getString("title"), EncryptedColumn.PATENT_TITLE.place(id));
    String abstractText =
        cipher.decrypt(r.getString("abstract_text"), EncryptedColumn.PATENT_ABSTRACT.place(id));
    String claims = cipher.decrypt(r.getString("claims"), EncryptedColumn.PATENT_CLAIMS.place(id));
    List<IpcCode> ipcCodes = split(r.getString("ipc_codes")).stream().map(IpcCode::new).toList();
    FilingRoute route = FilingRoute.valueOf(r.getString("route"));
    AdditionalRequirementFacts facts =
        new AdditionalRequirementFacts(
            r.getBoolean("defence_purpose"),
            r.getBoolean("state_or_national_agency"),
            r.getBoolean("commissioned_research"));
    PatentState state = PatentState.valueOf(r.getString("state"));
    String outsideReason = r.getString("outside_reason");
    UserId examiner = new UserId(UUID.fromString(r.getString("assigned_examiner")));
    String due = r.getString("screening_due");
    List<Integer> fields =
        split(r.getString("matched_fields")).stream().map(Integer::valueOf).toList();
    String decisionReason = r.getString("decision_reason");
    Instant registeredAt = Instant.ofEpochMilli(r.getLong("registered_at"));
    Instant updatedAt = Instant.ofEpochMilli(r.getLong("updated_at"));
    long version = r.getLong("version");
    boolean sentToReview = r.getBoolean("sent_to_review");
    return applicants ->
        new PatentApplication(
            id,
            number,
            filingDate,
            applicants,
            completedInJapan,
            title,
            abstractText,
            claims,
            ipcCodes,
            route,
            facts,
            state,
            outsideReason,
            examiner,
            due == null ? null : LocalDate.parse(due),
            fields,
            decisionReason,
            registeredAt,
            updatedAt,
            version,
            sentToReview);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
  }

  private static void text(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }
}
