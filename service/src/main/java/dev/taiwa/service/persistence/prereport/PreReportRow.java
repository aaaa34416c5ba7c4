package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code pre_report}: the aggregate with its form flattened into columns. Instants are
 * epoch milliseconds, the planned date ISO {@code yyyy-MM-dd}, enums their names. The technology
 * numbers live in {@code pre_report_technology}. {@code searchText} is what the report is found by
 * ({@link SearchText}), written with every change; null in a row stored before V35 and not yet
 * back-filled ({@link SearchTextBackfill}), and in a row read back, since no read needs it. Its
 * columns are {@link PreReportColumn}; a read reads it by position ({@link PreReportReads}).
 */
@MappedEntity(value = "pre_report", namingStrategy = ColumnNames.class)
public record PreReportRow(
    @Id String id,
    String reference,
    String organisationId,
    String createdBy,
    String state,
    @Nullable String contactName,
    @Nullable String contactDepartment,
    @Nullable String contactEmail,
    @Nullable String contactPhone,
    @Nullable String transactionType,
    @Nullable String counterpartyNameOriginal,
    @Nullable String counterpartyNameRomanised,
    @Nullable String counterpartyCountry,
    @Nullable String counterpartyRelationship,
    @Nullable String plannedDate,
    @Nullable String plannedDateKind,
    @Nullable String technologyDescription,
    @Nullable String managementMeasures,
    @Nullable String lateExplanation,
    long createdAt,
    long updatedAt,
    @Nullable Long submittedAt,
    @Nullable String leadTimeStatus,
    @Nullable Long leadTimeDays,
    @Nullable String leadTimeExplanation,
    @Nullable String leadTimeExplanationJa,
    long version,
    @Nullable String searchText) {}
