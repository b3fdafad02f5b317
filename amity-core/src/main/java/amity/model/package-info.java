/**
 * Immutable records that flow between pipeline stages, from a raw source to a linked event.
 *
 * <p>Every span in these records points into the text of the {@link amity.model.Document} it came
 * from, so each fact can be traced back to its sentence.
 */
@NullMarked
package amity.model;

import org.jspecify.annotations.NullMarked;
