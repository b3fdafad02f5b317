/** What the parser knows of English: its clitics. */
@NullMarked
package amity.parse.en;

import org.jspecify.annotations.NullMarked;
