/**
 * Reading containers into raw documents: single pages, JSON Lines, WARC archives, RSS and Atom
 * feeds, and gzip of any of them. Readers take an {@link java.io.InputStream} and never open
 * files; they stream, so memory does not grow with the size of an archive.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path);
 *     DocumentReader r = Readers.open(path.toString(), in, ReadLimits.DEFAULT, problems::add)) {
 *   for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) { ... }
 * }
 * }</pre>
 */
@NullMarked
package amity.ingest;

import org.jspecify.annotations.NullMarked;
