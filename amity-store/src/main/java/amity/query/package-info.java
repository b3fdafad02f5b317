/** Queries over the store: event filters, timelines, contact networks, names to show, and search. */
@NullMarked
package amity.query;

import org.jspecify.annotations.NullMarked;
