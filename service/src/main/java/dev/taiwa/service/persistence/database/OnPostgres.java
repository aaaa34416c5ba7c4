package dev.taiwa.service.persistence.database;

import io.micronaut.context.annotation.Requires;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated bean (e.g. a PostgreSQL-dialect repository) exists only on PostgreSQL. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Requires(condition = PostgresSelected.class)
public @interface OnPostgres {}
