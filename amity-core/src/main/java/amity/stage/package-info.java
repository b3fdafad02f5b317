/**
 * One small interface per pipeline stage. Implementations live in the package named after the
 * stage ({@code amity.decode}, {@code amity.clean}, …) and can be replaced one at a time.
 */
@NullMarked
package amity.stage;

import org.jspecify.annotations.NullMarked;
