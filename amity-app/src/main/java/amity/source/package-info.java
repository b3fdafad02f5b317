/**
 * Sources: walking files and folders (and stdin) into raw documents, one at a time, reporting
 * unreadable inputs without stopping.
 */
@NullMarked
package amity.source;

import org.jspecify.annotations.NullMarked;
