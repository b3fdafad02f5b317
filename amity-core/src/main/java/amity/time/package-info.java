/**
 * Date expressions: finding "July 27", "Chiều 7/11", "5月11日至12日", "el pasado martes" with the
 * patterns in each language's {@code dates.tsv}, and resolving them against the publication date
 * with honest precision.
 */
@NullMarked
package amity.time;

import org.jspecify.annotations.NullMarked;
