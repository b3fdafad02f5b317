package amity.ingest;

import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** A container holding one page: a {@code .txt} or {@code .html} file (or its gzip). */
final class SingleDocumentReader implements DocumentReader {
  private final String name;
  private final InputStream in;
  private final String format;
  private final ReadLimits limits;
  private final boolean gzipped;
  private boolean done;

  SingleDocumentReader(String name, InputStream in, String format, ReadLimits limits, boolean gzipped) {
    this.name = name;
    this.in = in;
    this.format = format;
    this.limits = limits;
    this.gzipped = gzipped;
  }

  @Override
  public Optional<RawDocument> next() throws IOException {
    if (done) return Optional.empty();
    done = true;
    byte[] b = Streams.readWhole(in, name, limits, gzipped);
    return Optional.of(new RawDocument(name, b, SourceMeta.of(format)));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
