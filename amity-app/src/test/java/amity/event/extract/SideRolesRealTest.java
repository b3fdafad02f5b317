package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LinkedMention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SideRoles} on real sentences of the tune half: which side each who acts is on. */
class SideRolesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void afterTheWordForTalksTheirHolderActsAndThoseFromConOnAreActedOnInSpanish() {
    // "las conversaciones que Johansen mantuvo ayer con la presidenta …, Kadirgamar, y con Wickramasingue".
    var s = RealPages.page("es-train-052.txt").sentence("las conversaciones que Johansen mantuvo ayer");
    TriggerMatch t = s.trigger("conversaciones");
    List<LinkedMention> chosen = s.arguments("conversaciones").actors().stream().map(Participant::mention).toList();
    List<String> sides = actors(SideRoles.of(s.view(), t, chosen, List.of(), s.actors()));
    assertThat(sides).first().asString().startsWith("Johansen/SOURCE");
    assertThat(sides.subList(1, sides.size())).isNotEmpty().allMatch(a -> a.contains("/TARGET/"));
  }

  @Test
  void aMeetingsSubjectBeforeItActsAndItsCounterpartAfterItIsActedOnInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    List<LinkedMention> chosen = List.of(s.mention("王毅"), s.mention("基辛格"));
    assertThat(actors(SideRoles.of(s.view(), s.trigger("会见"), chosen, List.of(), s.actors())))
        .containsExactly("王毅/SOURCE/CN", "基辛格/TARGET/US");
  }

  @Test
  void aBodyRightAfterAVerbOfGoingIsWhereTheVisitGoesNotWhoTravelsInVietnamese() {
    // A page of the pool outside the gold: "Mới đây, người gác đền CH Séc đã tới Đại sứ quán Việt Nam
    // để hoàn tất thủ tục cuối cùng" (the Czech goalkeeper went to the Vietnamese embassy to finish
    // his papers). The embassy is where he went; with no traveller of a state, no visit.
    var s = RealPages.page("vi-news-news_sport_218.txt").sentence("đã tới Đại sứ quán Việt Nam");
    Reading r = s.reading("đã tới");
    assertThat(actors(r.actors())).containsExactly("Đại sứ quán Việt Nam/TARGET/VN");
    assertThat(s.accepted(r)).isFalse();
  }

  @Test
  void theRescuersOwnShipGivesInVietnamese() {
    // "Tàu cứu hộ MV Swift Rescue của Singapore đã khởi hành…": "của Singapore" after a rescue ship
    // names whose ship it is, the giver; only a verb of searching ({@code searched}: "tham gia tìm
    // kiếm tàu ngầm của Indonesia") makes the one after "của" the receiver.
    var s = RealPages.page("vi-world-news_world_200.txt").sentence("Tàu cứu hộ MV Swift Rescue của Singapore");
    assertThat(AidSides.searchedFor(s.view(), s.trigger("Tàu cứu hộ"))).isFalse();
    assertThat(actors(s.arguments("Tàu cứu hộ").actors())).anyMatch(a -> a.startsWith("Singapore/") && !a.contains("/TARGET/"));
  }
}
