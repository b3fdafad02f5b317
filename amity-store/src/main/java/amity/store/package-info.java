/**
 * The store: an embedded H2 database (or a PostgreSQL server) as the source of truth (documents,
 * stories, mentions, event readings, and the entities and merged events derived from them), with
 * versioned migrations. {@link amity.store.Store} opens and closes it; {@link
 * amity.store.DocumentWriter} writes; {@link amity.store.StoryRepository}, {@link
 * amity.store.EntityRepository} and {@link amity.store.EventRepository} read, each one kind.
 */
@NullMarked
package amity.store;

import org.jspecify.annotations.NullMarked;
