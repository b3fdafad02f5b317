package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G =
      Gazetteer.build(
          List.<String[]>of(new String[] {"miguel", "díaz-canel", "visited", "hanoi"}),
          List.<int[]>of(new int[] {0, 0, -1, 1}),
          List.<boolean[]>of(new boolean[] {true, false, false, true}),
          6);

  private static int[] features(Gazetteer g, String... units) {
    FeatureBuffer b = new FeatureBuffer();
    g.extract(units, b);
    return b.copy(1);
  }

  @Test
  void listedNamesGiveFeaturesOthersDoNot() {
    assertThat(G.size()).isEqualTo(5); // 3 tokens inside names + 2 phrases
    int[] listed = features(G, "president", "miguel", "díaz-canel");
    int[] other = features(G, "president", "juan", "pérez");
    assertThat(listed.length).isGreaterThan(other.length);
    assertThat(listed).isNotEqualTo(features(Gazetteer.empty(), "president", "miguel", "díaz-canel"));
  }

  @Test
  void survivesWriteAndRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    G.write(new DataOutputStream(bytes));
    Gazetteer back = Gazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(back.size()).isEqualTo(G.size());
    assertThat(features(back, "in", "hanoi", ".")).isEqualTo(features(G, "in", "hanoi", "."));
  }
}
