package amity.store;

import org.jspecify.annotations.Nullable;

/**
 * A stored story, as {@code amity stories --json} prints it.
 *
 * @param id story id
 * @param doc document id
 * @param file the file the document came from
 * @param lang language
 * @param kind {@code main} or {@code teaser}
 * @param title headline, "" when none
 * @param date publication date (ISO, honest precision), or null
 * @param dateBasis how the date is known
 * @param text the cleaned body
 */
public record StoryRow(
    String id,
    String doc,
    String file,
    String lang,
    String kind,
    String title,
    @Nullable String date,
    String dateBasis,
    String text) {}
