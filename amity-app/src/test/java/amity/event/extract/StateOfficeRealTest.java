package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LinkedMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Han state's name running into an office's title with no name after it ({@link
 * amity.mention.TitleFinder}, {@link amity.link.RuleLinker}): one mention, the office's holder, as
 * the page writes it, on real People's Daily sentences of the tune half.
 */
class StateOfficeRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static LinkedMention named(RealPages.RealSentence s, String text) {
    return s.mentions().stream().filter(m -> m.mention().text().equals(text)).findFirst().orElse(null);
  }

  @Test
  void theFrenchPresidentInAListOfOfficesIsAMention() {
    // "李瑞环主席同法国总统、总理及参议院和国民议会两院议长的会见、会谈": before, no mention named the
    // French president, and the talks had Li alone.
    var s = RealPages.page("zh-pd-008.txt").sentence("李瑞环主席同法国总统、总理");
    LinkedMention president = named(s, "法国总统");
    assertThat(president).isNotNull();
    assertThat(president.mention().country()).isEqualTo("FR");
    assertThat(president.mention().roles()).contains("president");
  }

  @Test
  void theUsPresidentOnAnUndatedPageIsTheOfficesUnnamedHolder() {
    // "他对美国总统访华感到很高兴": the page has no date, so no holder of the office is known; the
    // president is still the visitor, under the page's words.
    var s = RealPages.page("zh-pd-046.txt").sentence("他对美国总统访华感到很高兴");
    LinkedMention president = named(s, "美国总统");
    assertThat(president).isNotNull();
    assertThat(president.entityId()).isEqualTo("office:us/president");
    assertThat(president.entityName()).isEqualTo("美国总统");
  }

  @Test
  void aTitleWithTheNameAfterItStaysThePersons() {
    // "中国人民解放军总政治部副主任周子玉上将今晚会见了…": a name after the chain of titles is the person.
    var s = RealPages.page("zh-pd-046.txt").sentence("周子玉上将今晚会见了");
    assertThat(s.mentions().stream().map(m -> m.mention().text())).contains("周子玉");
    assertThat(s.mentions().stream().map(LinkedMention::entityId)).noneMatch(id -> id.startsWith("office:"));
  }

  @Test
  void anOfficeAndItsCountryBeforeTạiAndAPlaceIsTheOfficesHolderInVietnamese() {
    // A tune page: "Phó Tổng Lãnh sự Anh tại TP.HCM cũng đánh giá cao …": the office and its country,
    // then where it is posted, with no name after: the holder of the office (TitleFinder), as "Thủ
    // tướng Nhật Bản" alone is ("đã gặp Ngoại trưởng Nga tại Reykjavik" the same). Before, the place
    // after "tại" left no mention of him at all.
    String snippet = "Phó Tổng Lãnh sự Anh tại TP.HCM cũng đánh giá cao";
    var story = RealPages.page("vi-news-news_education_112.txt").story(snippet).story();
    int at = story.story().text().indexOf(snippet);
    var found = new amity.mention.RuleMentionFinder(RealPages.gazetteer(), amity.lang.LanguagePacks.bundled()).find(story);
    assertThat(found).anySatisfy(m -> {
      assertThat(m.finder()).isEqualTo(amity.mention.TitleFinder.NOMINAL);
      assertThat(m.span().start()).isBetween(at, at + snippet.length());
      assertThat(m.text()).endsWith("Lãnh sự Anh");
      assertThat(m.country()).isEqualTo("GB");
    });
  }
}
