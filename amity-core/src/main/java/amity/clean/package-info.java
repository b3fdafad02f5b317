/**
 * Cleaning: classifying a page's lines (headline, dateline, body, caption, sign-off, related
 * list, navigation), cutting the page into stories, and finding its publication date.
 */
@NullMarked
package amity.clean;

import org.jspecify.annotations.NullMarked;
