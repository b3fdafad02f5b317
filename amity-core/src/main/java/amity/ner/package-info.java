/**
 * Statistical named-entity recognition: a structured averaged perceptron over hashed features with
 * constrained Viterbi decoding, trained here on public news corpora, tagging BIO over PER, LOC, ORG
 * and MISC.
 *
 * <pre>{@code
 * NerModel model = Models.bundled("en").orElseThrow();
 * List<String> tags = model.tag(List.of("Cuban", "President", "Miguel", "Díaz-Canel", "met", ...));
 * }</pre>
 *
 * <p>This package is what runs: the model ({@link amity.ner.NerModel}), its file format ({@link
 * amity.ner.NerModelFormat}, which refuses a model trained with features this code computes
 * differently), the shipped and local models ({@link amity.ner.Models}) and the pipeline stage
 * ({@link amity.ner.NerMentionFinder}). Corpus formats are in {@link amity.ner.corpus}, training
 * in {@link amity.ner.train}, scoring in {@link amity.ner.eval}: offline tools, the one place in
 * amity-core that reads files.
 */
@NullMarked
package amity.ner;

import org.jspecify.annotations.NullMarked;
