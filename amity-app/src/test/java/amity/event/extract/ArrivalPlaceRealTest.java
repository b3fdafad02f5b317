package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import amity.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name right after a word for arriving is the place arrived at (GroupFinder {@code
 * arrival_place}), a one-character arrival word before a place named in full is a visit
 * (TriggerFinder {@code arrival_at}), and the arrival closed by 后 holds none of the names after it
 * (TriggerScope {@code arrival_close}).
 */
class ArrivalPlaceRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aNameAfterArrivingIsThePlaceAndTheTalksAfterKeepTheirParties() {
    // "穆巴拉克抵拉塔基亚后立即与叙总统阿萨德就…举行了会谈。" (tune page): 拉塔基亚, which the recogniser
    // read as a person, is where Mubarak arrived; the talks are his and Assad's.
    RealSentence s = RealPages.page("zh-pd-076.txt").sentence("穆巴拉克抵拉塔基亚后");
    assertThat(s.mentions()).anyMatch(m -> m.mention().text().equals("拉塔基亚") && m.mention().type() == EntityType.GPE);
    Reading arrival = s.datedReadings(null, null).stream().filter(r -> r.trigger().surface().equals("抵")).findFirst().orElseThrow();
    assertThat(arrival.form()).isEqualTo("visit");
    assertThat(actors(arrival.actors())).containsExactly("穆巴拉克/PARTICIPANT/EG");
    Reading talks = s.datedReadings(null, null).stream().filter(r -> r.trigger().surface().equals("会谈")).findFirst().orElseThrow();
    assertThat(talks.actors()).extracting(p -> p.mention().mention().text()).containsExactly("穆巴拉克", "阿萨德");
  }

  @Test
  void anArrivalToldBesideAnotherVisitWordIsThatVisit() {
    // "…中国海军舰艇编队今天上午驶抵奥克兰港，开始对新西兰为期3天的友好访问。" (tune page): the visit is
    // told by 访问; 抵 makes no second one.
    RealSentence s = RealPages.page("zh-pd-127.txt").sentence("驶抵奥克兰港");
    assertThat(s.datedReadings(null, null)).noneMatch(r -> r.trigger().surface().equals("抵"));
  }
}
