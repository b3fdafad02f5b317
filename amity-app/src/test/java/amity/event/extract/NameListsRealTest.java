package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link NameLists} on real sentences of the tune half: lists of names a trigger runs on into. */
class NameListsRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aBareNameAfterAndWithIsASecondCounterpartInSpanish() {
    // "se reunió ayer, lunes, con el presidente eritreo, Isaias Afeworki, y con Meles Zenawi".
    var s = RealPages.page("es-train-609.txt").sentence("regresó hoy a Asmara");
    var meles = s.view().mentions().stream().filter(m -> m.mention().text().contains("Meles")).findFirst().orElseThrow();
    assertThat(NameLists.alsoMet(s.view(), meles, s.view().mentions(), s.actors())).isTrue();
  }

  @Test
  void aCommaAndYJoinTwoNamesButAWordOfAClauseDoesNotInSpanish() {
    var s = RealPages.page("es-train-609.txt").sentence("regresó hoy a Asmara");
    assertThat(NameLists.listGap(s.view().lexicon(), ", y ")).isTrue();
    assertThat(NameLists.listGap(s.view().lexicon(), ", ")).isTrue();
    assertThat(NameLists.listGap(s.view().lexicon(), " que ")).isFalse();
  }

  @Test
  void rwandaNamedTwiceAfterAVisitIsNoTour() {
    // "… said on Thursday in a visit to Rwanda that his country would expell all the refugees back to Rwanda".
    var s = RealPages.page("en-train-285.txt").sentence("said on Thursday in a visit to Rwanda");
    var rwandas = s.view().mentions().stream().filter(m -> m.mention().text().equals("Rwanda")).toList();
    assertThat(rwandas).hasSize(2);
    assertThat(NameLists.hosts(s.view(), s.trigger("visit"), rwandas, java.util.List.of())).isEmpty();
  }

  @Test
  void countriesListedAfterDuiBeforeANominalVisitAreTheHostsOfATour() {
    // People's Daily: "…中国共产党友好代表团圆满结束了对古巴和玻利维亚的友好访问，于今天返回北京" — a visit to
    // each; 北京, after the clause break, is no host.
    var s = RealPages.page("zh-pd-109.txt").sentence("圆满结束了对古巴和玻利维亚的友好访问");
    var countries = s.view().mentions().stream().filter(m -> m.entityId().startsWith("country:") || m.entityId().startsWith("city:")).toList();
    assertThat(NameLists.hosts(s.view(), s.trigger("友好访问"), countries, java.util.List.of()))
        .extracting(m -> m.mention().text()).containsExactly("古巴", "玻利维亚");
  }

  @Test
  void statesCountedAfterAVisitWordAreReadInEnglishChineseAndVietnamese() {
    // "its military committee would visit the two countries": two states counted.
    var en = RealPages.page("en-train-795.txt").sentence("would visit the two countries");
    assertThat(en.view().lexicon().countedStates(en.text())).isEqualTo(2);
    // "…访问印度，促进了中印两国朝着睦邻友好的方向发展": the number ends a word where no space parts words.
    var zh = RealPages.peoplesDaily("中国国家主席江泽民1996年访问印度").sentence("中印两国");
    assertThat(zh.view().lexicon().countedStates(zh.text())).isEqualTo(2);
    // "Từng đến thăm nhiều quốc gia, nhưng Thái Lan …": some states, no number.
    var vi = RealPages.page("vi-news-news_travel_027.txt").sentence("Từng đến thăm nhiều quốc gia");
    assertThat(vi.view().lexicon().countedStates(vi.text())).isZero();
    assertThat(vi.view().lexicon().anyIn("some_states", vi.text())).isTrue();
  }

  @Test
  void aCountWithTheListBeforeItAddsNoHost() {
    // "… will tour Spain and Portugal next month …. NATO said … its military committee would visit
    // the two countries …": the list stands before the count, which only a list after it fills.
    var page = RealPages.page("en-train-795.txt");
    var s = page.sentence("would visit the two countries");
    Reading visit = s.reading("visit");
    Reading same = NameLists.withCountedHosts(visit, s.view().lexicon(), s.text().isEmpty() ? "" : s.view().text(),
        s.story().story().sentences(), s.storyMentions(), s.actors());
    assertThat(same).isSameAs(visit);
  }

  @Test
  void aBareSubjectJoinedByTongToATitledOfficialBeforeTheTriggerIsTheOtherSideInChinese() {
    // Tune pages: "叶利钦是在同德国总理科尔进行磋商后…", "穆巴拉克抵拉塔基亚后立即与叙总统阿萨德…举行了会谈":
    // the name before 同/与 is a side of the official's talks, whether or not the KB knows him.
    var yeltsin = RealPages.page("zh-pd-018.txt").sentence("叶利钦是在同德国总理科尔进行磋商后");
    assertThat(NameLists.heldWithOfficial(yeltsin.view(), yeltsin.trigger("磋商"), yeltsin.mention("叶利钦"),
        yeltsin.view().mentions(), yeltsin.actors())).isTrue();
    var mubarak = RealPages.page("zh-pd-076.txt").sentence("穆巴拉克抵拉塔基亚后立即与叙总统阿萨德");
    assertThat(NameLists.heldWithOfficial(mubarak.view(), mubarak.trigger("会谈"), mubarak.mention("穆巴拉克"),
        mubarak.view().mentions(), mubarak.actors())).isTrue();
    // The counterpart himself, after the joining word, is no subject of it.
    assertThat(NameLists.heldWithOfficial(mubarak.view(), mubarak.trigger("会谈"), mubarak.mention("阿萨德"),
        mubarak.view().mentions(), mubarak.actors())).isFalse();
    // Arriving ("抵") comes before the counterpart: no contact held with him.
    assertThat(NameLists.heldWithOfficial(mubarak.view(), mubarak.trigger("抵"), mubarak.mention("穆巴拉克"),
        mubarak.view().mentions(), mubarak.actors())).isFalse();
  }
}
