/** The pipeline: the stages composed in order, built and checked by a builder. */
@NullMarked
package amity.pipeline;

import org.jspecify.annotations.NullMarked;
