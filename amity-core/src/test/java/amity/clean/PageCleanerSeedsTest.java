package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateBasis;
import amity.model.LineKind;
import amity.model.Page;
import amity.model.StoryKind;
import amity.testkit.Docs;
import org.junit.jupiter.api.Test;

class PageCleanerSeedsTest {
  private final PageCleaner cleaner = new PageCleaner();

  @Test
  void seed000IsOneStoryWithDatelineAndNoSignoff() {
    Page p = cleaner.clean(Docs.seed("000"));
    assertThat(p.stories()).hasSize(1);
    var s = p.stories().get(0);
    assertThat(s.kind()).isEqualTo(StoryKind.MAIN);
    assertThat(s.dateline()).isNotNull();
    assertThat(s.dateline().place()).isEqualTo("HÀ NỘI");
    assertThat(s.text()).startsWith("The state visit to Việt Nam");
    assertThat(s.text()).doesNotContain("VNA/VNS").endsWith("the Deputy Minister added.");
  }

  @Test
  void seed001KeepsHeadlineAndMovesSeeAlsoToLinks() {
    Page p = cleaner.clean(Docs.seed("001"));
    assertThat(p.stories()).hasSize(1);
    var s = p.stories().get(0);
    assertThat(s.title()).isEqualTo("PM Chính calls for expanded cooperation with Cuba in many fields");
    assertThat(s.text()).startsWith("Việt Nam and Cuba should create cooperation breakthroughs");
    assertThat(s.text()).doesNotContain("VNA/VNS Photo", "See also", "Vietnam, RoK step up trade", "31/05/2023");
    assertThat(s.text()).endsWith("the Prime Minister's initiatives.");
    assertThat(p.related()).extracting(r -> r.title()).contains("Vietnam, RoK step up trade, locality-to-locality cooperation");
    assertThat(p.related()).hasSizeGreaterThan(40);
    assertThat(p.published().basis()).isEqualTo(DateBasis.RELATED_LIST);
    assertThat(p.lines()).anyMatch(l -> l.kind() == LineKind.CAPTION);
  }

  @Test
  void seed002IsMainStoryPlusFiveTeasers() {
    Page p = cleaner.clean(Docs.seed("002"));
    assertThat(p.stories()).hasSize(6);
    assertThat(p.stories().get(0).kind()).isEqualTo(StoryKind.MAIN);
    assertThat(p.stories().get(0).title()).isEqualTo("进一步加强河内市与古巴各领域的合作关系");
    assertThat(p.stories().get(0).text()).doesNotContain("(完)", "图自", "更多");
    assertThat(p.stories().subList(1, 6)).allMatch(s -> s.kind() == StoryKind.TEASER);
    assertThat(p.stories().get(1).title()).isEqualTo("进一步深化越南与白俄罗斯之间的友谊");
    assertThat(p.stories().get(1).text()).startsWith("应白俄罗斯共和国总统").doesNotContain("图自越通社");
  }

  @Test
  void seed003IsTwentyTeasers() {
    Page p = cleaner.clean(Docs.seed("003"));
    assertThat(p.stories()).hasSize(20);
    assertThat(p.stories()).allMatch(s -> s.kind() == StoryKind.TEASER);
    assertThat(p.stories().get(3).text()).startsWith("Chiều 7/11, Chủ tịch nước Lương Cường");
  }

  @Test
  void seed004DropsTheVietnameseSignoff() {
    Page p = cleaner.clean(Docs.seed("004"));
    assertThat(p.stories()).hasSize(1);
    var s = p.stories().get(0);
    assertThat(s.title()).isEqualTo("Vietnam, Cuba look toward cooperation in COVID-19 vaccine production");
    assertThat(s.dateline().agency()).isEqualTo("VOV.VN");
    assertThat(s.text()).doesNotContain("Mời quý độc giả").startsWith("Both sides have emphasized");
  }

  @Test
  void storyTextMapsBackToTheDocument() {
    for (String seed : new String[] {"000", "001", "002", "003", "004"}) {
      Page p = cleaner.clean(Docs.seed(seed));
      String doc = p.document().text();
      for (var s : p.stories()) {
        for (String para : s.text().split("\n\n")) {
          int at = s.text().indexOf(para);
          var span = s.alignment().toOriginal(new amity.model.Span(at, at + para.length()));
          assertThat(span.of(doc)).isEqualTo(para);
        }
      }
    }
  }
}
