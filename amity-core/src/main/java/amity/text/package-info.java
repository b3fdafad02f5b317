/** Sentences and tokens per language, and the text folding every matcher shares. */
@NullMarked
package amity.text;

import org.jspecify.annotations.NullMarked;
