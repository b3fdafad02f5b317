package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Span;
import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.LatinFeatures;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.Shapes;
import amity.ner.internal.WordClusters;
import amity.ner.internal.WordTokenizer;
import amity.ner.vi.VietnameseFeatures;
import amity.ner.zh.CharTokenizer;
import amity.ner.zh.ChineseFeatures;
import amity.ner.zh.HanLexicon;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesTest {
  private static int[] features(amity.ner.internal.FeatureExtractor fx, List<String> tokens, int i) {
    FeatureBuffer buf = new FeatureBuffer();
    fx.extract(tokens, buf);
    return buf.copy(i);
  }

  @Test
  void shapesAndNormalForms() {
    assertThat(Shapes.shape("Díaz-Canel", 1)).isEqualTo("Xx-Xx");
    assertThat(Shapes.shape("1996-08-22", 2)).isEqualTo("dd-dd-dd");
    assertThat(Shapes.shape("IBM", 4)).isEqualTo("XXX");
    assertThat(Shapes.norm("Hà Nội 2024")).isEqualTo("hà nội 0000");
    assertThat(Shapes.flags("Hanoi") & 1).isEqualTo(1);
    assertThat(Shapes.flags("NATO") & 2).isEqualTo(2);
    assertThat(Shapes.flags("iPhone") & 32).isEqualTo(32);
  }

  @Test
  void sameContextGivesSameFeatures() {
    LatinFeatures fx = new LatinFeatures(WordClusters.none());
    int[] a = features(fx, List.of("President", "Obama", "said"), 1);
    int[] b = features(fx, List.of("President", "Obama", "said"), 1);
    int[] c = features(fx, List.of("President", "Obama", "spoke"), 1);
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(a.length).isGreaterThan(30);
    // the word's own features do not depend on its neighbours
    assertThat(Arrays.stream(c).filter(x -> Arrays.stream(a).anyMatch(y -> y == x)).count()).isGreaterThan(20);
  }

  @Test
  void wordsOfOneClusterShareFeatures() {
    int[] same = {1, 2, 3};
    int[] other = {4, 5, 6};
    LatinFeatures together = new LatinFeatures(new WordClusters(Map.of("paris", WordClusters.pack(same), "rome", WordClusters.pack(same))));
    LatinFeatures apart = new LatinFeatures(new WordClusters(Map.of("paris", WordClusters.pack(same), "rome", WordClusters.pack(other))));
    assertThat(shared(together)).isGreaterThan(shared(apart));
  }

  private static long shared(LatinFeatures fx) {
    int[] paris = features(fx, List.of("in", "Paris"), 1);
    int[] rome = features(fx, List.of("in", "Rome"), 1);
    return Arrays.stream(paris).filter(x -> Arrays.stream(rome).anyMatch(y -> y == x)).count();
  }

  @Test
  void chineseFoldsFullWidthForms() {
    ChineseFeatures fx = new ChineseFeatures(WordClusters.none());
    assertThat(fx.unit("Ａ")).isEqualTo("a");
    assertThat(fx.unit("１")).isEqualTo("0");
    assertThat(features(fx, List.of("１", "９", "年"), 2)).isEqualTo(features(fx, List.of("1", "9", "年"), 2));
  }

  @Test
  void clusterCodesOfBigramsAreThoseOfTheirJoinedKey() {
    WordClusters c =
        new WordClusters(Map.of("hà nội", WordClusters.pack(new int[] {1, 2, 3}), "hà", WordClusters.pack(new int[] {4, 5, 6})));
    assertThat(c.code("hà", "nội")).isEqualTo(c.code("hà nội")).isEqualTo(WordClusters.pack(new int[] {1, 2, 3}));
    assertThat(c.code("hà")).isEqualTo(WordClusters.pack(new int[] {4, 5, 6}));
    assertThat(c.code("nội", "hà")).isEqualTo(-1);
    assertThat(c.code("hànội")).isEqualTo(-1);
    assertThat(WordClusters.none().code("hà", "nội")).isEqualTo(-1);
  }

  @Test
  void hanLexiconFindsEveryWordFromACharacter() {
    int[] lengths = new int[8];
    String text = "北京市国务院";
    int found = HanLexicon.icu().wordsAt(text, 0, 8, lengths);
    // 北京 and 北京市 both start at 北, whichever the segmentation picks
    assertThat(Arrays.copyOf(lengths, found)).containsExactly(2, 3);
    assertThat(HanLexicon.icu().wordsAt(text, 3, 8, lengths)).isEqualTo(1);
    assertThat(lengths[0]).isEqualTo(3);
    assertThat(HanLexicon.icu().wordsAt(text, 3, 2, lengths)).isZero();
    assertThat(HanLexicon.icu().wordsAt("市", 0, 8, lengths)).isZero();
  }

  @Test
  void vietnameseSeesSyllableBigrams() {
    VietnameseFeatures fx = new VietnameseFeatures(WordClusters.none());
    int[] a = features(fx, List.of("Hà", "Nội", "đẹp"), 0);
    int[] b = features(fx, List.of("Hà", "Tĩnh", "đẹp"), 0);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void tokenizersCutAsTheCorporaDo() {
    String en = "Cuban President Miguel Díaz-Canel met U.S. envoys in Germany's capital, Berlin.";
    List<String> got = new WordTokenizer(false, true).tokenize(en).stream().map(s -> s.of(en)).toList();
    assertThat(got)
        .containsExactly(
            "Cuban", "President", "Miguel", "Díaz-Canel", "met", "U.S.", "envoys", "in", "Germany", "'s", "capital", ",", "Berlin", ".");
    String vi = "Bệnh nhân COVID-19 ở Hà Nội.";
    assertThat(NerLanguage.of("vi").tokenizer().tokenize(vi).stream().map(s -> s.of(vi)).toList())
        .containsExactly("Bệnh", "nhân", "COVID", "-", "19", "ở", "Hà", "Nội", ".");
    assertThat(new CharTokenizer().tokenize("习近平 在")).containsExactly(new Span(0, 1), new Span(1, 2), new Span(2, 3), new Span(4, 5));
  }
}
