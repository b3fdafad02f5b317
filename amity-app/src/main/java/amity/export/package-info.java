/**
 * Exports of events, entities and mentions as CSV, JSON Lines, Parquet (through DuckDB, loaded
 * only for that format) and a GDELT-style TSV. The columns are documented in the README.
 */
@NullMarked
package amity.export;

import org.jspecify.annotations.NullMarked;
