package amity.query;

import static org.assertj.core.api.Assertions.assertThat;

import amity.index.StoryIndex;
import amity.store.Store;
import amity.testkit.Analyze;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
  @TempDir Path dir;

  private static final String EN =
      "Vietnam sends vaccines to Laos\n\nHANOI — Deputy Prime Minister Trần Hồng Hà on 12 March 2024 handed over "
          + "200,000 doses of vaccine to Lao Deputy Prime Minister Chansamone Chanyalath in Vientiane.";
  private static final String ZH =
      "越南向老挝移交疫苗\n\n越通社河内 ——2024年3月12日，越南政府副总理陈红河在万象向老挝移交20万剂疫苗。";

  @Test
  void searchCrossesLanguagesThroughEntitiesAndTopics() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().save(Analyze.text(EN));
      s.writer().save(Analyze.text(ZH));
      s.writer().refresh(Analyze.kb());
      Search search = new Search(s, Analyze.kb());
      // "Lào" names Laos in Vietnamese: both stories name it.
      assertThat(search.find("Lào", null, 10)).extracting(SearchHit::lang).containsExactlyInAnyOrder("en", "zh");
      // "vắc xin" is the Vietnamese for the topic both stories touch.
      assertThat(search.find("vắc xin", null, 10)).extracting(SearchHit::lang).containsExactlyInAnyOrder("en", "zh");
      // Plain full text, folded: "vientiane" finds the English story only.
      assertThat(search.find("vientiane", null, 10)).extracting(SearchHit::lang).contains("en");
    }
  }

  @Test
  void searchFiltersByFieldOfCooperation() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().save(Analyze.text(EN));
      s.writer().save(Analyze.text(ZH));
      s.writer().refresh(Analyze.kb());
      Search search = new Search(s, Analyze.kb());
      var health = new StoryIndex.Filter(null, Set.of(), Set.of(), Set.of(), null, null, Set.of("vaccines"));
      assertThat(search.find("", health, 10, 0).items()).extracting(SearchHit::lang)
          .containsExactlyInAnyOrder("en", "zh");
      var energy = new StoryIndex.Filter(null, Set.of(), Set.of(), Set.of(), null, null, Set.of("energy"));
      assertThat(search.find("", energy, 10, 0).total()).isZero();
      assertThat(search.facets("", health, 10).hits()).isEqualTo(2);
    }
  }
}
