package amity.ingest;

import amity.decode.DecodeException;
import amity.model.RawDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A stream of raw documents read from one container, in jwarc's shape: {@link #next()} until it
 * is empty, or iterate.
 *
 * <p>A problem with one record (a bad JSON line, an unreadable WARC record) goes to the problem
 * callback the reader was opened with, and reading goes on. A problem that ends the container (a
 * truncated gzip or WARC, bytes that are not the format) is thrown by {@link #next()} as a {@link
 * DecodeException}; the documents returned before it stand. The reader consumes the stream it was
 * given but never closes it: {@link #close()} releases only what the reader itself holds.
 *
 * <p>Not thread-safe: one reader is used by one thread.
 */
public interface DocumentReader extends Iterable<RawDocument>, Closeable {
  /**
   * {@return the next document, or empty at the end}
   *
   * @throws DecodeException when the rest of the container cannot be read, naming the file, the
   *     record and the reason
   */
  Optional<RawDocument> next() throws IOException;

  /** {@return the documents as an iterator; read errors surface as UncheckedIOException} */
  @Override
  default Iterator<RawDocument> iterator() {
    return new Iterator<>() {
      private @Nullable RawDocument pending;

      @Override
      public boolean hasNext() {
        if (pending == null) {
          try {
            pending = DocumentReader.this.next().orElse(null);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return pending != null;
      }

      @Override
      public RawDocument next() {
        if (!hasNext()) throw new NoSuchElementException();
        RawDocument d = pending;
        pending = null;
        return d;
      }
    };
  }

  /** {@return the documents as a sequential stream} */
  default Stream<RawDocument> records() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
