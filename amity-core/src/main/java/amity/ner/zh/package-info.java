/** Chinese features for the named-entity tagger: one token per character. Internal: not API. */
@NullMarked
package amity.ner.zh;

import org.jspecify.annotations.NullMarked;
