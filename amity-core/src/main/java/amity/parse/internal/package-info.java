/**
 * Machinery of the dependency parser: the arc-eager transition system and its dynamic oracle,
 * projectivisation, feature templates, the training-time perceptron, and how gold trees are
 * carried over to amity's own tokens. Internal: not API, may change without notice.
 */
@NullMarked
package amity.parse.internal;

import org.jspecify.annotations.NullMarked;
