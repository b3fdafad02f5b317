/**
 * Machinery of the named-entity tagger: feature hashing, word clusters, labels, the Viterbi
 * decoder and the compact weight table. {@link amity.ner.internal.Hash}, {@link
 * amity.ner.internal.Shapes} and {@link amity.ner.internal.WeightTable} also serve the dependency
 * parser ({@code amity.parse}). Internal: not API, may change without notice.
 */
@NullMarked
package amity.ner.internal;

import org.jspecify.annotations.NullMarked;
