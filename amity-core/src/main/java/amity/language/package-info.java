/** Language identification: which language a story is written in. */
@NullMarked
package amity.language;

import org.jspecify.annotations.NullMarked;
