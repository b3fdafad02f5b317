package amity.ingest;

import amity.decode.DecodeException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipException;

/** Stream helpers the readers share. Not API. */
final class Streams {
  private Streams() {}

  /** A view of a stream whose {@code close()} leaves the stream open: readers never close it. */
  static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /**
   * {@return a view of {@code in} that never claims bytes are available} Buffers above it then
   * return what one read gave instead of reading on, so that when a gzip turns out to be cut, the
   * bytes before the cut have already been handed up rather than lost with the exception.
   */
  static InputStream readWhatIsThere(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int available() {
        return 0;
      }
    };
  }

  /**
   * {@return up to {@code max + 1} bytes of {@code in}} More than {@code max} means "too large";
   * the caller decides what to say.
   */
  static byte[] readAtMost(InputStream in, int max) throws IOException {
    return in.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
  }

  /**
   * {@return all of a one-document stream (a page, a feed)}
   *
   * @throws DecodeException naming the file when it is cut off, not gzip, or over the limit
   */
  static byte[] readWhole(InputStream in, String name, ReadLimits limits, boolean gzipped) throws DecodeException {
    byte[] b;
    try {
      b = readAtMost(in, limits.maxDocumentBytes());
    } catch (IOException e) {
      throw new DecodeException(name, reason(e, gzipped), e);
    }
    if (b.length > limits.maxDocumentBytes()) {
      throw new DecodeException(name, "too large: over " + limits.maxDocumentBytes() + " bytes (limit " + limits.maxDocumentBytes() + ")");
    }
    return b;
  }

  /**
   * {@return up to the first {@code n} bytes of {@code in}, leaving it where it was} A read error
   * after some bytes (a gzip cut early) only shortens what is returned: reading meets it again
   * after the bytes before it. An error before any byte is thrown.
   */
  static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = new byte[n];
    int got = 0;
    try {
      for (int r; got < n && (r = in.read(head, got, n - got)) >= 0; ) got += r;
    } catch (IOException e) {
      if (got == 0) throw e;
    }
    in.reset();
    return Arrays.copyOf(head, got);
  }

  /** {@return an I/O failure of a (possibly gzipped) stream as a one-line reason} */
  static String reason(IOException e, boolean gzipped) {
    if (e instanceof ZipException) return "corrupt gzip (" + oneLine(e.getMessage()) + ")";
    if (e instanceof EOFException) {
      return gzipped
          ? "truncated gzip (unexpected end of compressed data)"
          : "truncated (unexpected end of data)";
    }
    return oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  /** {@return {@code s} as one printable line of at most 160 characters} */
  static String oneLine(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 160; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
      } else {
        b.append(c);
      }
    }
    String t = b.toString().strip();
    return t.length() < s.strip().length() && t.length() >= 160 ? t + "…" : t;
  }
}
