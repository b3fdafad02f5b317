package amity.testkit;

import amity.decode.TextDecoder;
import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds documents for tests. */
public final class Docs {
  private Docs() {}

  public static Document text(String name, String content) {
    return decode(new RawDocument(name, content.getBytes(StandardCharsets.UTF_8), SourceMeta.text()));
  }

  public static Document seed(String prefix) {
    return decode(new RawDocument(Seeds.file(prefix).toString(), Seeds.bytes(prefix), SourceMeta.text()));
  }

  public static Document decode(RawDocument raw) {
    try {
      return new TextDecoder().decode(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
