package amity.query;

import static org.assertj.core.api.Assertions.assertThat;

import amity.index.StoryIndex;
import amity.store.Store;
import amity.store.VaccineStories;
import amity.testkit.Analyze;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
  @TempDir Path dir;

  @Test
  void searchCrossesLanguagesThroughEntitiesAndTopics() throws Exception {
    try (Store s = VaccineStories.open(dir)) {
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
    try (Store s = VaccineStories.open(dir)) {
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
