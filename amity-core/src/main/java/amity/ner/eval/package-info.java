/**
 * Scoring and timing NER models on tagged corpora: exact-match chunk precision, recall and F1 by
 * type ({@link amity.ner.eval.NerEvaluation}, {@code amity eval ner}) and tokens per second
 * ({@link amity.ner.eval.NerBench}, {@code amity bench ner}).
 */
@NullMarked
package amity.ner.eval;

import org.jspecify.annotations.NullMarked;
