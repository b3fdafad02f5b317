/**
 * The store: an embedded H2 database as the source of truth (documents, stories, mentions, event
 * readings, and the entities and merged events derived from them), with versioned migrations.
 */
@NullMarked
package amity.store;

import org.jspecify.annotations.NullMarked;
