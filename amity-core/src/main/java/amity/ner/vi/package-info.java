/** Vietnamese features for the named-entity tagger: one token per syllable. Internal: not API. */
@NullMarked
package amity.ner.vi;

import org.jspecify.annotations.NullMarked;
