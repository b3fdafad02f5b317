package amity.ingest;

import amity.decode.DecodeException;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.time.MetadataDates;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (plain or gzipped record by record), read with jwarc: every {@code response} record
 * whose HTTP response is a 2xx HTML page becomes a document named {@code file#record-N} (N counts
 * every record from 1), with {@code WARC-Target-URI} as its URL, {@code WARC-Date} as its capture
 * date and the HTTP charset as its declared charset. Other records are passed over.
 *
 * <p>Records are streamed: a payload is held in memory only when it is within the document limit,
 * and larger ones are skipped with a problem report.
 */
final class WarcDocumentReader implements DocumentReader {
  private final String name;
  private final InputStream in;
  private final ReadLimits limits;
  private final Consumer<ReadProblem> problems;
  private @Nullable WarcReader warc;
  private int recordNo;
  private boolean failed;
  /** Whether jwarc is between records (reading a header or skipping a body) rather than in one. */
  private boolean between;

  WarcDocumentReader(String name, InputStream in, ReadLimits limits, Consumer<ReadProblem> problems) {
    this.name = name;
    this.in = in;
    this.limits = limits;
    this.problems = problems;
  }

  @Override
  public Optional<RawDocument> next() throws IOException {
    if (failed) return Optional.empty();
    try {
      if (warc == null) warc = new WarcReader(in);
      while (true) {
        between = true;
        Optional<WarcRecord> r = warc.next();
        between = false;
        if (r.isEmpty()) return Optional.empty();
        recordNo++;
        if (!(r.get() instanceof WarcResponse response)) continue;
        Optional<RawDocument> d = document(response);
        if (d.isPresent()) return d;
      }
    } catch (IOException e) {
      failed = true;
      throw new DecodeException(name, failure(e), e);
    }
  }

  private Optional<RawDocument> document(WarcResponse response) throws IOException {
    String record = name + "#record-" + recordNo;
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      problems.accept(new ReadProblem(record, "not an HTTP response (" + Streams.oneLine(e.getBaseMessage()) + ")"));
      return Optional.empty();
    }
    if (http.status() < 200 || http.status() > 299) return Optional.empty();
    MediaType type = http.contentType();
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return Optional.empty();
    byte[] body;
    try (InputStream payload = http.bodyDecoded().stream()) {
      body = Streams.readAtMost(payload, limits.maxDocumentBytes());
    } catch (ZipException e) {
      problems.accept(new ReadProblem(record, "corrupt Content-Encoding (" + Streams.oneLine(e.getMessage()) + ")"));
      return Optional.empty();
    }
    if (body.length > limits.maxDocumentBytes()) {
      problems.accept(new ReadProblem(record, "too large: payload over " + limits.maxDocumentBytes() + " bytes"));
      return Optional.empty();
    }
    String charset = null;
    for (var p : type.parameters().entrySet()) {
      if (p.getKey().equalsIgnoreCase("charset")) charset = p.getValue();
    }
    SourceMeta meta =
        new SourceMeta(
            SourceMeta.HTML,
            response.target(),
            charset,
            null,
            null,
            null,
            response.headers().sole("WARC-Date").flatMap(MetadataDates::parse).orElse(null));
    return Optional.of(new RawDocument(record, body, meta));
  }

  private String failure(IOException e) {
    String where = recordNo == 0 ? "" : between ? " after record " + recordNo : " in record " + recordNo;
    boolean gzip = warc != null && warc.compression() == WarcCompression.GZIP;
    String msg = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof ParsingException p) {
      // jwarc quotes the bytes it choked on; binary noise is no use on a terminal.
      String base = p.getBaseMessage();
      int colon = base == null ? -1 : base.indexOf(':');
      String what = colon < 0 ? Streams.oneLine(base) : base.substring(0, colon);
      return (recordNo == 0 ? "not a WARC file" : "not a WARC record" + where) + " (" + what + ")";
    }
    if (e instanceof ZipException) return "corrupt gzip" + where + " (" + Streams.oneLine(msg) + ")";
    if (e instanceof EOFException) {
      if (gzip && msg.contains("gzip")) return "truncated gzip" + where + " (unexpected end of compressed data)";
      return "truncated WARC" + where + (msg.isEmpty() ? "" : " (" + Streams.oneLine(msg) + ")");
    }
    return Streams.oneLine(msg) + where;
  }

  @Override
  public void close() throws IOException {
    if (warc != null) warc.close();
  }
}
