/** The full-text index: Lucene over stories, derived from the store and rebuildable from it. */
@NullMarked
package amity.index;

import org.jspecify.annotations.NullMarked;
