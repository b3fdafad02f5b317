/**
 * Per-language knowledge read from data files under {@code amity/lang/<tag>/}: titles, event
 * triggers, date patterns, field keywords, cleaning markers. A new language is a new folder.
 */
@NullMarked
package amity.lexicon;

import org.jspecify.annotations.NullMarked;
