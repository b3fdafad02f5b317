/** Chinese: the code the language needs beyond its pack's data. Not API. */
@NullMarked
package amity.text.zh;

import org.jspecify.annotations.NullMarked;
