/** Queries over the store: event filters, timelines, entity profiles. */
@NullMarked
package amity.query;

import org.jspecify.annotations.NullMarked;
