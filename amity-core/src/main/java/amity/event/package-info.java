/**
 * Events: triggers and argument patterns per language ({@code triggers.tsv}, {@code events.tsv},
 * {@code fields.tsv}, {@code quantities.tsv}), actors with roles, dates, places, fields,
 * quantities, and the merging of one event's reports across sentences, stories and languages.
 */
@NullMarked
package amity.event;

import org.jspecify.annotations.NullMarked;
