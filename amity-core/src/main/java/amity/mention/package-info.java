/**
 * Mentions: names of people, organisations and places found by the knowledge-base gazetteer and
 * by the titles that stand before names ("Prime Minister", "Chủ tịch nước", "国家主席").
 */
@NullMarked
package amity.mention;

import org.jspecify.annotations.NullMarked;
