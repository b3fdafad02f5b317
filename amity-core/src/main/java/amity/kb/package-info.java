/**
 * The knowledge base: countries from CLDR, places, organisations and office holders with
 * time-bounded roles, read from JSON Lines files (format in docs/KB.md).
 */
@NullMarked
package amity.kb;

import org.jspecify.annotations.NullMarked;
