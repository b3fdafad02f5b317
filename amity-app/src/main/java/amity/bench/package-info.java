/**
 * Benchmark corpora: analysed stories written directly (fast, for store and query figures at
 * 100,000 stories) and variants of the sample pages (for the real pipeline's throughput). Not API.
 */
@NullMarked
package amity.bench;

import org.jspecify.annotations.NullMarked;
