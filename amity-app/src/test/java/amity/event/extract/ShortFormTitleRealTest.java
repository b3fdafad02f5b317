package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.mention.Gazetteer;
import amity.mention.RuleMentionFinder;
import amity.mention.TitleFinder;
import amity.model.Mention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A country's one-character short form opening a chain of titles ("叙总统"): the office is
 * that country's, whoever holds it ({@link TitleFinder}). Found by the name swap
 * ({@code tools/name-swap.py}): with an unknown name after "叙总统" the talks lost their Syrian side.
 */
class ShortFormTitleRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** The mentions of {@code snippet}'s story, found against a knowledge base that knows no people. */
  private static List<Mention> withoutPeople(RealPages.RealPage page, String snippet) {
    KnowledgeBase noPeople = KnowledgeBase.builder().withholdPeople(100).addBundled().build();
    var story = page.story(snippet).story();
    return new RuleMentionFinder(new Gazetteer(noPeople), LanguagePacks.bundled()).find(story);
  }

  @Test
  void aNameAfterAShortFormAndATitleIsThatCountrysOfficial() {
    // A tune page: "穆巴拉克抵拉塔基亚后立即与叙总统阿萨德…举行了会谈". Without the knowledge base's
    // Assad, the title alone must say he is Syria's: before, the mention had no country.
    List<Mention> found = withoutPeople(RealPages.page("zh-pd-076.txt"), "与叙总统阿萨德");
    assertThat(found).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("阿萨德");
      assertThat(m.type()).isEqualTo(amity.model.EntityType.PERSON);
      assertThat(m.country()).isEqualTo("SY");
      assertThat(m.roles()).contains("president");
    });
  }

  @Test
  void aWeekdayAfterATitledNameEndsTheName() {
    // A tune page: "中国国务委员兼外交部长王毅周五在美国对外关系委员会发表演讲称". Without the knowledge
    // base's Wang Yi the title finder read the name on into the weekday, "王毅周".
    List<Mention> found = withoutPeople(RealPages.page("zh-2019-050.txt"), "外交部长王毅周五");
    assertThat(found).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("王毅");
      assertThat(m.type()).isEqualTo(amity.model.EntityType.PERSON);
    });
    assertThat(found).noneSatisfy(m -> assertThat(m.text()).isEqualTo("王毅周"));
  }
}
