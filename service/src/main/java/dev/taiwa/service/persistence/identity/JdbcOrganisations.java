package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.OrganisationId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Organisations} stored in {@code organisation}. */
@Singleton
public class JdbcOrganisations implements Organisations {
  private final OrganisationRepository repository;

  public JdbcOrganisations(OrganisationRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    return repository.findById(id.toString()).map(OrganisationMapper::toDomain);
  }

  @Override
  public List<Organisation> findAll(Collection<OrganisationId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> keys = ids.stream().map(OrganisationId::toString).distinct().toList();
    return repository.findByIdIn(keys).stream().map(OrganisationMapper::toDomain).toList();
  }

  @Override
  public List<Organisation> all() {
    return repository.listOrderByName().stream().map(OrganisationMapper::toDomain).toList();
  }

  @Override
  public void insert(Organisation organisation) {
    repository.save(OrganisationMapper.toRow(organisation));
  }

  @Override
  public long count() {
    return repository.count();
  }
}
