/** What the parser knows of Spanish: its contractions. */
@NullMarked
package amity.parse.es;

import org.jspecify.annotations.NullMarked;
