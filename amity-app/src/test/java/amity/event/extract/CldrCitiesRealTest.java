package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import amity.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exemplar cities of CLDR's time zones are places of their country where the bundled KB files
 * lack them (KnowledgeBase {@code addCldrCities}): a city so named gives its country, and its name
 * in full keeps a shorter name inside it from being read.
 */
class CldrCitiesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aCityTheFilesLackIsAPlaceOfItsCountry() {
    // "…el Juzgado de lo Penal número 2 de Ceuta ha juzgado hoy…" (no-split page): Ceuta is Spain's.
    RealSentence s = RealPages.page("es-train-025.txt").sentence("Juzgado de lo Penal número 2 de Ceuta");
    assertThat(s.mentions())
        .anyMatch(m -> m.mention().text().equals("Ceuta") && m.mention().type() == EntityType.GPE
            && "ES".equals(m.mention().country()));
  }

  @Test
  void aCityNamedInFullHidesTheShorterNameInside() {
    // "…“克拉斯诺亚尔斯克”号…多用途潜艇…" (no-split page): 克拉斯 inside Krasnoyarsk is not Willy Claes.
    RealSentence s = RealPages.page("zh-2019-060.txt").sentence("克拉斯诺亚尔斯克");
    assertThat(s.mentions()).noneMatch(m -> m.mention().type() == EntityType.PERSON && m.mention().text().equals("克拉斯"));
    assertThat(s.mentions()).anyMatch(m -> m.mention().text().equals("克拉斯诺亚尔斯克") && "RU".equals(m.mention().country()));
  }
}
