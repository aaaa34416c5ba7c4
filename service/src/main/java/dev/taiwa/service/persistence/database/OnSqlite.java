package dev.taiwa.service.persistence.database;

import io.micronaut.context.annotation.Requires;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated bean (e.g. a SQLite-dialect repository) exists only when SQLite is selected. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Requires(condition = SqliteSelected.class)
public @interface OnSqlite {}
