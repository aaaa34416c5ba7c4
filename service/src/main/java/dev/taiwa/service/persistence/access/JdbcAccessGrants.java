package dev.taiwa.service.persistence.access;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.access.port.AccessGrants;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link AccessGrants} stored in {@code access_grant}. Each method joins the caller's transaction,
 * or runs in its own.
 */
@Singleton
public class JdbcAccessGrants implements AccessGrants {
  private final AccessGrantRepository repository;

  public JdbcAccessGrants(AccessGrantRepository repository) {
    this.repository = repository;
  }

  @Override
  @Transactional
  public void insert(AccessGrant grant) {
    repository.save(AccessGrantMapper.toRow(grant));
  }

  @Override
  @ReadOnly
  public Optional<AccessGrant> find(GrantId id) {
    return repository.findById(id.toString()).map(AccessGrantMapper::toDomain);
  }

  @Override
  @Transactional
  public boolean recordRevocation(AccessGrant grant) {
    AccessGrant.Revocation revocation = grant.revocation();
    return repository.revokeIfNotRevoked(
            grant.id().toString(),
            revocation.at().toEpochMilli(),
            revocation.by().toString(),
            revocation.reason())
        == 1;
  }

  @Override
  @Transactional
  public boolean recordReview(AccessGrant grant) {
    AccessGrant.Review review = grant.review();
    return repository.reviewIfNotReviewed(
            grant.id().toString(),
            review.at().toEpochMilli(),
            review.by().toString(),
            review.note())
        == 1;
  }

  @Override
  @ReadOnly
  public List<AccessGrant> ofCase(CaseId caseId) {
    return toDomain(repository.findOfCase(caseId.toString()));
  }

  @Override
  @ReadOnly
  public List<AccessGrant> activeFor(UserId grantee, CaseId caseId, Instant at) {
    return toDomain(
        repository.findActiveFor(grantee.toString(), caseId.toString(), at.toEpochMilli()));
  }

  @Override
  @ReadOnly
  public List<AccessGrant> activeOf(UserId grantee, Instant at) {
    return toDomain(repository.findActiveOf(grantee.toString(), at.toEpochMilli()));
  }

  @Override
  @ReadOnly
  public List<AccessGrant> awaitingReview() {
    return toDomain(repository.findAwaitingReview());
  }

  private static List<AccessGrant> toDomain(List<AccessGrantRow> rows) {
    return rows.stream().map(AccessGrantMapper::toDomain).toList();
  }
}
