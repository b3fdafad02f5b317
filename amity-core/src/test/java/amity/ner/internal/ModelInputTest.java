package amity.ner.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ModelInputTest {
  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void aBundledModelReadsAsThroughTheJdksStreams() throws IOException {
    // the shipped Chinese recogniser: 2.9 MB compressed, read byte by byte, in runs and in bulk
    byte[] expected;
    try (InputStream in = new java.util.zip.GZIPInputStream(ModelInputTest.class.getResourceAsStream("/amity/ner/zh.bin"))) {
      expected = in.readAllBytes();
    }
    Random random = new Random(7);
    try (InputStream raw = ModelInputTest.class.getResourceAsStream("/amity/ner/zh.bin")) {
      DataInputStream d = ModelInput.gunzipping(raw);
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      while (got.size() < expected.length) {
        if (random.nextBoolean()) {
          got.write(d.readUnsignedByte());
        } else {
          byte[] run = new byte[Math.min(random.nextInt(200_000), expected.length - got.size())];
          d.readFully(run);
          got.write(run);
        }
      }
      assertThat(got.toByteArray()).isEqualTo(expected);
      assertThat(d.read()).as("past the end").isEqualTo(-1);
    }
  }

  @Test
  void aTruncatedStreamEndsInAnError() throws IOException {
    byte[] data = new byte[100_000];
    new Random(3).nextBytes(data);
    byte[] gz = gzip(data);
    DataInputStream d = ModelInput.gunzipping(new ByteArrayInputStream(java.util.Arrays.copyOf(gz, gz.length / 2)));
    assertThrows(EOFException.class, () -> d.readFully(new byte[data.length]));
  }
}
