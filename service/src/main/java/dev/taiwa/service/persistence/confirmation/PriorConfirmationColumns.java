package dev.taiwa.service.persistence.confirmation;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.BanDecision;
import dev.taiwa.cases.patent.confirmation.model.Consultation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.service.persistence.crypto.ContentCipher;
import dev.taiwa.service.persistence.crypto.EncryptedColumn;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The columns of {@code prior_confirmation} after its id, and how a request maps onto them; its
 * title and summary (invention content) are stored encrypted ({@link ContentCipher}).
 */
final class PriorConfirmationColumns {
  static final List<String> COLUMNS =
      List.of(
          "organisation_id",
          "requested_by",
          "title",
          "summary",
          "claimed_fields",
          "invention_completed_japan",
          "intended_foreign_filing",
          "state",
          "consultation_sent_at",
          "consultation_sent_by",
          "consultation_note",
          "consultation_answer",
          "consultation_answered_at",
          "consultation_answered_by",
          "answer",
          "answer_reason",
          "answered_at",
          "answered_by",
          "requested_at",
          "updated_at",
          "version");

  private PriorConfirmationColumns() {}

  /** Binds every column from {@code index} on; answers the next free index. */
  static int bind(PreparedStatement s, int index, PriorConfirmation r, ContentCipher cipher)
      throws SQLException {
    int i = index;
    String id = r.id().toString();
    s.setString(i++, r.organisation().toString());
    s.setString(i++, r.requestedBy().toString());
    s.setString(i++, cipher.encrypt(r.title(), EncryptedColumn.CONFIRMATION_TITLE.place(id)));
    s.setString(i++, cipher.encrypt(r.summary(), EncryptedColumn.CONFIRMATION_SUMMARY.place(id)));
    s.setString(
        i++, r.claimedFields().stream().map(String::valueOf).collect(Collectors.joining(";")));
    s.setBoolean(i++, r.inventionCompletedInJapan());
    s.setString(i++, r.intendedForeignFiling());
    s.setString(i++, r.state().name());
    Consultation c = r.consultation();
    instant(s, i++, c == null ? null : c.sentAt());
    text(s, i++, c == null ? null : c.sentBy().toString());
    text(s, i++, c == null ? null : c.note());
    text(s, i++, c == null ? null : c.answer());
    instant(s, i++, c == null ? null : c.answeredAt());
    text(s, i++, c == null || c.answeredBy() == null ? null : c.answeredBy().toString());
    BanDecision d = r.decision();
    text(s, i++, d == null ? null : d.answer().name());
    text(s, i++, d == null ? null : d.reason());
    instant(s, i++, d == null ? null : d.decidedAt());
    text(s, i++, d == null ? null : d.decidedBy().toString());
    s.setLong(i++, r.requestedAt().toEpochMilli());
    s.setLong(i++, r.updatedAt().toEpochMilli());
    s.setLong(i++, r.version());
    return i;
  }

  static PriorConfirmation read(ResultSet r, ContentCipher cipher) throws SQLException {
    String id = r.getString("id");
    String fields = r.getString("claimed_fields");
    Consultation consultation =
        r.getString("consultation_sent_by") == null
            ? null
            : new Consultation(
                Instant.ofEpochMilli(r.getLong("consultation_sent_at")),
                user(r.getString("consultation_sent_by")),
                r.getString("consultation_note"),
                r.getString("consultation_answer"),
                instant(r, "consultation_answered_at"),
                user(r.getString("consultation_answered_by")));
    BanDecision decision =
        r.getString("answer") == null
            ? null
            : new BanDecision(
                BanAnswer.valueOf(r.getString("answer")),
                r.getString("answer_reason"),
                Instant.ofEpochMilli(r.getLong("answered_at")),
                user(r.getString("answered_by")));
    return new PriorConfirmation(
        new CaseId(UUID.fromString(r.getString("id"))),
        new OrganisationId(UUID.fromString(r.getString("organisation_id"))),
        user(r.getString("requested_by")),
        cipher.decrypt(r.getString("title"), EncryptedColumn.CONFIRMATION_TITLE.place(id)),
        cipher.decrypt(r.getString("summary"), EncryptedColumn.CONFIRMATION_SUMMARY.place(id)),
        fields.isEmpty()
            ? List.of()
            : Arrays.stream(fields.split(";")).map(Integer::valueOf).toList(),
        r.getBoolean("invention_completed_japan"),
        r.getString("intended_foreign_filing"),
        PriorConfirmationState.valueOf(r.getString("state")),
        consultation,
        decision,
        Instant.ofEpochMilli(r.getLong("requested_at")),
        Instant.ofEpochMilli(r.getLong("updated_at")),
        r.getLong("version"));
  }

  private static UserId user(String id) {
    return id == null ? null : new UserId(UUID.fromString(id));
  }

  private static Instant instant(ResultSet r, String column) throws SQLException {
    long millis = r.getLong(column);
    return r.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static void instant(PreparedStatement s, int i, Instant value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, value.toEpochMilli());
    }
  }

  private static void text(PreparedStatement s, int i, String value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.VARCHAR);
    } else {
      s.setString(i, value);
    }
  }
}
