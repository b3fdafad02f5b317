package amity.store;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The few places where H2 and PostgreSQL SQL differ: column types in DDL and upserts. Everything
 * else amity writes is standard SQL that both accept. Not API.
 */
enum Dialect {
  H2,
  POSTGRESQL;

  /** {@return DDL written for H2 translated to this dialect} (CLOB and DOUBLE have other names in PostgreSQL) */
  String ddl(String sql) {
    if (this == H2) return sql;
    return sql.replaceAll("\\bCLOB\\b", "TEXT").replaceAll("\\bDOUBLE\\b", "DOUBLE PRECISION");
  }

  /**
   * {@return an insert-or-replace statement} with one {@code ?} for each column, in order.
   *
   * @param keys the primary-key columns
   */
  String upsert(String table, List<String> columns, List<String> keys) {
    String cols = String.join(", ", columns);
    String params = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    if (this == H2) {
      return "MERGE INTO " + table + " (" + cols + ") KEY (" + String.join(", ", keys) + ") VALUES (" + params + ")";
    }
    List<String> rest = columns.stream().filter(c -> !keys.contains(c)).toList();
    String action = rest.isEmpty()
        ? "DO NOTHING"
        : "DO UPDATE SET " + rest.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    return "INSERT INTO " + table + " (" + cols + ") VALUES (" + params + ") ON CONFLICT (" + String.join(", ", keys) + ") " + action;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
