/**
 * Linking: which entity each mention names — the knowledge base, names given in parentheses in
 * another script, office holders on the story's date, and short references inside a story.
 */
@NullMarked
package amity.link;

import org.jspecify.annotations.NullMarked;
