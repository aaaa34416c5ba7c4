package dev.taiwa.service.persistence.access;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * Rows of {@code access_grant}; one dialect-specific implementation per database. Revocation and
 * review are conditional updates: they write only over a grant not yet revoked or reviewed.
 */
public interface AccessGrantRepository extends GenericRepository<AccessGrantRow, String> {
  Optional<AccessGrantRow> findById(String id);

  AccessGrantRow save(AccessGrantRow row);

  @Query(
      "UPDATE access_grant SET revoked_at = :revokedAt, revoked_by = :revokedBy,"
          + " revocation_reason = :reason WHERE id = :id AND revoked_at IS NULL")
  long revokeIfNotRevoked(String id, long revokedAt, String revokedBy, String reason);

  @Query(
      "UPDATE access_grant SET reviewed_at = :reviewedAt, reviewed_by = :reviewedBy,"
          + " review_note = :note WHERE id = :id AND break_glass = TRUE AND reviewed_at IS NULL")
  long reviewIfNotReviewed(String id, long reviewedAt, String reviewedBy, String note);

  @Query("SELECT * FROM access_grant WHERE case_id = :caseId ORDER BY granted_at, id")
  List<AccessGrantRow> findOfCase(String caseId);

  @Query(
      "SELECT * FROM access_grant WHERE grantee_id = :granteeId AND case_id = :caseId"
          + " AND revoked_at IS NULL AND expires_at > :at ORDER BY granted_at, id")
  List<AccessGrantRow> findActiveFor(String granteeId, String caseId, long at);

  @Query(
      "SELECT * FROM access_grant WHERE grantee_id = :granteeId"
          + " AND revoked_at IS NULL AND expires_at > :at ORDER BY granted_at, id")
  List<AccessGrantRow> findActiveOf(String granteeId, long at);

  @Query(
      "SELECT * FROM access_grant WHERE break_glass = TRUE AND reviewed_at IS NULL"
          + " ORDER BY granted_at, id")
  List<AccessGrantRow> findAwaitingReview();

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends AccessGrantRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends AccessGrantRepository {}
}
