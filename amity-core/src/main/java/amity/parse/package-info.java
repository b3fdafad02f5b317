/**
 * Part-of-speech tagging and dependency parsing: a greedy averaged-perceptron tagger and a greedy
 * arc-eager transition parser trained with a dynamic oracle, on Universal Dependencies treebanks
 * cut again as amity's segmenter cuts text ({@link amity.parse.AmityTokens}).
 *
 * <pre>{@code
 * ParsedSentence p = new DependencyParser().parse(sentence, "en");
 * }</pre>
 *
 * <p>Training reads CoNLL-U files ({@link amity.parse.Conllu}, {@link amity.parse.TrainParser}),
 * an offline tool like the NER trainer.
 */
@NullMarked
package amity.parse;

import org.jspecify.annotations.NullMarked;
