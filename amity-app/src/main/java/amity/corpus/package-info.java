/**
 * The public corpora beside the project ({@code ../shared/data}) as pages {@code amity ingest}
 * reads: CoNLL documents detokenised with their dateline date, Chinese news stories from headline
 * to headline, Vietnamese articles with their date. Deterministic, so that hand-marked offsets into
 * a page stay valid; the corpus text itself never enters the project.
 */
@NullMarked
package amity.corpus;

import org.jspecify.annotations.NullMarked;
