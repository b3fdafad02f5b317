package amity.ner.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads a gzip-compressed model file for {@link DataInputStream}'s methods. A model is read a few
 * bytes at a time (a weight is two), millions of times: {@link java.io.BufferedInputStream} takes a
 * lock on every call, which cost more than the inflating, so this buffer takes none. Not
 * thread-safe; one reader per stream.
 */
public final class ModelInput extends InputStream {
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;

  private ModelInput(InputStream in) {
    this.in = Objects.requireNonNull(in, "in must not be null");
  }

  /** {@return the decompressed content of {@code gzipped}, ready for the model's reads} Does not close it. */
  public static DataInputStream gunzipping(InputStream gzipped) throws IOException {
    return new DataInputStream(new ModelInput(new GZIPInputStream(gzipped, 1 << 16)));
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) return false;
    pos = 0;
    end = n;
    return true;
  }

  @Override
  public int read() throws IOException {
    if (pos == end && !fill()) return -1;
    return buf[pos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) return 0;
    if (pos == end && !fill()) return -1;
    int n = Math.min(len, end - pos);
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public int available() {
    return end - pos;
  }
}
