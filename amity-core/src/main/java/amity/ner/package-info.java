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
 * <p>Training reads corpus files ({@link amity.ner.CorpusReader}, {@link amity.ner.TrainNer}):
 * the one place in amity-core that reads files, since training is an offline tool.
 */
@NullMarked
package amity.ner;

import org.jspecify.annotations.NullMarked;
