/**
 * NER corpus formats: reading tagged corpora (CoNLL columns, MSRA sentence and tag files, CLUENER
 * JSON; {@link amity.ner.corpus.CorpusReader}) into {@link amity.ner.corpus.TaggedSentence}s and
 * documents, and tagging CoNLL text with a model ({@link amity.ner.corpus.ConllTagging}, {@code
 * amity tag --format conll}). Reads files: corpora are data for offline tools.
 */
@NullMarked
package amity.ner.corpus;

import org.jspecify.annotations.NullMarked;
