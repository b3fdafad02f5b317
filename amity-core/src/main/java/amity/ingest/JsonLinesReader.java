package amity.ingest;

import amity.decode.DecodeException;
import amity.decode.CharsetSniffer;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.time.MetadataDates;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines: one object a line with {@code text} or {@code html}, and optionally {@code url},
 * {@code title}, {@code date} and {@code lang}. A line that is not such an object is reported
 * with its number and skipped; blank lines are skipped silently.
 *
 * <p>The file's charset is UTF-8 unless a BOM or the bytes say otherwise (a UTF-16 file with a
 * BOM, a GB18030 export). Lines longer than the document limit are skipped without being held in
 * memory.
 */
final class JsonLinesReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SAMPLE = 64 * 1024;

  private final String name;
  private final InputStream stream;
  private final ReadLimits limits;
  private final Consumer<ReadProblem> problems;
  private final boolean gzipped;
  private @Nullable Reader reader;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private int lineNo;

  JsonLinesReader(
      String name, InputStream in, ReadLimits limits, Consumer<ReadProblem> problems, boolean gzipped) {
    this.name = name;
    this.stream = in;
    this.limits = limits;
    this.problems = problems;
    this.gzipped = gzipped;
  }

  @Override
  public Optional<RawDocument> next() throws IOException {
    try {
      if (reader == null) reader = open();
      while (true) {
        String line = readLine();
        if (line == null) return Optional.empty();
        if (line.isBlank()) continue;
        Optional<RawDocument> d = parse(line);
        if (d.isPresent()) return d;
      }
    } catch (DecodeException e) {
      throw e;
    } catch (IOException e) {
      String where = lineNo == 0 ? "" : " after line " + lineNo;
      throw new DecodeException(name, Streams.reason(e, gzipped) + where, e);
    }
  }

  private Reader open() throws IOException {
    BufferedInputStream in = stream instanceof BufferedInputStream b ? b : new BufferedInputStream(stream, SAMPLE);
    byte[] sample = Streams.peek(in, SAMPLE);
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      // Judge whole lines only, so that a character cut at the sample's end does not mislead.
      int end = sample.length;
      if (sample.length == SAMPLE) {
        while (end > 0 && sample[end - 1] != '\n') end--;
        if (end == 0) end = sample.length;
      }
      byte[] whole = java.util.Arrays.copyOf(sample, end);
      cs = new CharsetSniffer().detect(whole, null, false).charset();
    }
    in.skipNBytes(skip);
    return new InputStreamReader(in, cs);
  }

  /** {@return the next line without its end, or null at the end; too-long lines are skipped} */
  private @Nullable String readLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = reader.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) return null;
          lineNo++;
          return tooLong ? skippedLong() : sb.toString();
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') pos++;
      if (!tooLong) {
        sb.append(buf, start, pos - start);
        if (sb.length() > limits.maxDocumentBytes()) {
          tooLong = true;
          sb.setLength(0);
        }
      }
      if (pos < len) {
        pos++; // the newline
        lineNo++;
        return tooLong ? skippedLong() : sb.toString();
      }
    }
  }

  private String skippedLong() {
    problems.accept(new ReadProblem(record(), "line too long: over " + limits.maxDocumentBytes() + " characters"));
    return "";
  }

  private String record() {
    return name + "#line-" + lineNo;
  }

  private Optional<RawDocument> parse(String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JacksonException e) {
      problems.accept(new ReadProblem(record(), "not JSON (" + Streams.oneLine(e.getOriginalMessage()) + ")"));
      return Optional.empty();
    }
    if (n == null || !n.isObject()) {
      problems.accept(new ReadProblem(record(), "not a JSON object"));
      return Optional.empty();
    }
    String html = text(n, "html");
    String text = text(n, "text");
    if (html == null && text == null) {
      problems.accept(new ReadProblem(record(), "no \"text\" or \"html\" field"));
      return Optional.empty();
    }
    String format = html != null ? SourceMeta.HTML : SourceMeta.TEXT;
    String lang = Metadata.language(text(n, "lang"));
    SourceMeta meta =
        new SourceMeta(
            format,
            text(n, "url"),
            StandardCharsets.UTF_8.name(),
            MetadataDates.parse(text(n, "date")).orElse(null),
            text(n, "title"),
            lang);
    byte[] bytes = (html != null ? html : text).getBytes(StandardCharsets.UTF_8);
    return Optional.of(new RawDocument(record(), bytes, meta));
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) return null;
    return v.asText();
  }

  @Override
  public void close() throws IOException {
    if (reader != null) reader.close();
    else stream.close();
  }
}
