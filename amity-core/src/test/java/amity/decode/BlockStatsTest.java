package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockStatsTest {
  private static final Element BODY =
      Jsoup.parse("""
          <body><div id="menu"><a>Home</a> <a>World news</a> <a>Sport</a></div>
          <div id="story"><p>Talks, which began on Monday, ended with a joint statement.</p>
          <p>The two ministers met in <a>Hà Nội</a>, officials said.</p></div>
          <div id="zh"><p>两国外长举行会谈，</p></div></body>""").body();

  @Test
  void linksAndTheirWordsAreCountedOnceForEachContainer() {
    BlockStats s = BlockStats.measure(BODY);
    BlockStats.Stats menu = s.of(BODY.getElementById("menu"));
    assertThat(menu.links()).isEqualTo(3);
    assertThat(menu.linkWords()).isEqualTo(4);
    assertThat(menu.linkDensity()).isEqualTo(1.0);
    BlockStats.Stats story = s.of(BODY.getElementById("story"));
    assertThat(story.links()).isEqualTo(1);
    assertThat(story.commas()).isEqualTo(3);
    assertThat(story.linkDensity()).isCloseTo(5.0 / story.weight(), within(1e-9));
    // The body holds what its parts hold.
    assertThat(s.weight(BODY)).isEqualTo(menu.weight() + story.weight() + s.weight(BODY.getElementById("zh")));
  }

  @Test
  void aHanCharacterWeighsTwoAndAHalfLettersAndItsCommaCounts() {
    BlockStats s = BlockStats.measure(BODY);
    BlockStats.Stats zh = s.of(BODY.getElementById("zh"));
    assertThat(zh.weight()).isEqualTo(8 * 2.5 + 1);
    assertThat(zh.commas()).isEqualTo(1);
  }
}
