package amity.store;

import java.util.Locale;

/**
 * Where H2 and PostgreSQL SQL differ: column types in DDL. Everything else amity writes is
 * standard SQL that both accept (no MERGE: upserts are a delete and an insert in one
 * transaction, and H2's CHECKPOINT is only sent to H2). Not API.
 */
enum Dialect {
  H2,
  POSTGRESQL;

  /** {@return DDL written for H2 translated to this dialect} (CLOB and DOUBLE have other names in PostgreSQL) */
  String ddl(String sql) {
    if (this == H2) return sql;
    return sql.replaceAll("\\bCLOB\\b", "TEXT").replaceAll("\\bDOUBLE\\b", "DOUBLE PRECISION");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
