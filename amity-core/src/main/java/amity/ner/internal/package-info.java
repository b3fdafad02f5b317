/**
 * Machinery of the named-entity tagger: feature hashing, word clusters, labels, the Viterbi
 * decoder and the compact weight table. Internal: not API, may change without notice.
 */
@NullMarked
package amity.ner.internal;

import org.jspecify.annotations.NullMarked;
