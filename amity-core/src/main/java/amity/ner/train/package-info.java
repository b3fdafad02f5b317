/**
 * Training NER models: the structured perceptron ({@link amity.ner.train.NerTrainer}) and a
 * training run from corpus files to a model file ({@link amity.ner.train.TrainNer}, {@code amity
 * train-ner}). Nothing here runs when amity reads pages; the runtime is {@link amity.ner}.
 */
@NullMarked
package amity.ner.train;

import org.jspecify.annotations.NullMarked;
