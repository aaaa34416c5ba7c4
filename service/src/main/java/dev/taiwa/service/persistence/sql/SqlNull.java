package dev.taiwa.service.persistence.sql;

import java.sql.Types;

/** A null of a known SQL type: PostgreSQL refuses a null text where a bigint belongs. */
public record SqlNull(int sqlType) {

  /** The value itself, or a BIGINT null. */
  public static Object bigint(Long value) {
    return value == null ? new SqlNull(Types.BIGINT) : value;
  }
}
