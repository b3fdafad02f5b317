package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link StoryHome} on real pages of the tune half: the country a story is told from. */
class StoryHomeRealTest {
  private static final StoryHome DATELINES = new StoryHome(RealPages.kb(), RealPages.gazetteer());

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aPressDigestsItemsAreToldFromTheDigestsDateline() {
    // "AMMAN 1996-08-25" heads the page; its items are stories of their own, with no dateline.
    var page = RealPages.page("en-train-386.txt");
    var s = page.sentence("Japanese foreign minister arrives for talks");
    assertThat(DATELINES.country(s.story().story(), page.analysis().document().text())).isEqualTo("JO");
  }

  @Test
  void aXinhuaDatelineRelayedByAPaperIsTheStorysHome() {
    // "据新华社莫斯科4月28日电": a paper relaying Xinhua's Moscow wire.
    var s = RealPages.peoplesDaily("据新华社莫斯科4月28日电").sentence("基里延科总理");
    assertThat(DATELINES.country(s.story().story(), null)).isEqualTo("RU");
  }

  @Test
  void aParisDatelineIsFrench() {
    var s = RealPages.page("es-train-129.txt").sentence("al día siguiente de una visita a París, Pujol");
    assertThat(DATELINES.country(s.story().story(), null)).isEqualTo("FR");
  }

  @Test
  void aVietnameseHomeWithoutDatelineHoldsOnlyVietnameseNames() {
    // "Chiến dịch của Tổng thống Idriss Deby": the language's home, Vietnam, is no Chadian's.
    var s = RealPages.page("vi-world-news_world_173.txt").sentence("Chiến dịch của Tổng thống Idriss Deby");
    var words = ActorWords.of(amity.lang.LanguagePacks.bundled(), "vi");
    StoryHome.Home home = DATELINES.home(s.story().story(), null, words);
    assertThat(home.country()).isEqualTo("VN");
    assertThat(home.datelined()).isFalse();
    assertThat(home.mayHold(java.util.List.of("Idriss Deby"))).isFalse();
    assertThat(home.mayHold(java.util.List.of("Phạm Minh Chính"))).isTrue();
  }
}
